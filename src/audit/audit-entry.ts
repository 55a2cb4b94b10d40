import type { Role } from "../auth";

/** Who made a request: the role its key grants and the key's id (never the key). */
export interface Actor {
  role: Role;
  keyId: string | null;
}

/** What one write touched. */
export interface WriteTargets {
  entityIds?: string[];
  sourceIds?: string[];
  relations?: { type: string; from: string; to: string }[];
  /** Saved explorer scenes written, by name. */
  scenes?: string[];
}

export interface AuditEntryRecord {
  id: string;
  at: string;
  keyId: string | null;
  role: string;
  operation: string;
  entityIds: string[];
  sourceIds: string[];
  relations: string[];
  scenes: string[];
}
