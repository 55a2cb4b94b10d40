import type { Role } from "../auth";
import type { Services } from "../services";

export interface Context {
  services: Services;
  /** The role the request's credentials grant; writes need "editor". */
  role: Role;
  loaders: ReturnType<Services["createLoaders"]>;
}
