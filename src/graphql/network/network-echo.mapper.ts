import type { NetworkEcho as Echo } from "../../network/network-echo";
import { toNetworkUsed } from "../partnership/partnership-view.mapper";
import type { NetworkEcho } from "./network-echo.type";

export function toNetworkEcho(echo: Echo): NetworkEcho {
  return { ...echo, partnership: echo.partnership && toNetworkUsed(echo.partnership) };
}
