import type { Role } from "../auth";
import type { Services } from "../services";

export interface Context {
  services: Services;
  /** The role the request's key grants ("anonymous" without a valid one); see src/auth.ts. */
  role: Role;
  /** Whether any key was presented: tells "no key" (UNAUTHENTICATED) from "key too weak" (FORBIDDEN). */
  credentialGiven: boolean;
  loaders: ReturnType<Services["createLoaders"]>;
}
