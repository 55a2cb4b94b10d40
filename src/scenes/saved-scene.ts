/** An explorer scene stored under a name: its address fragment, as the explorer's share link carries it. */
export interface SavedSceneRecord {
  id: string;
  name: string;
  /** The scene's address fragment (`scene=…`), which the explorer restores. */
  state: string;
  nodes: number;
  savedAt: string;
}
