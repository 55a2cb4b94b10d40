import { Arg, Ctx, ID, Int, Mutation, Query, Resolver, UseMiddleware } from "type-graphql";
import type { SavedSceneRecord } from "../../scenes/saved-scene";
import type { Context } from "../context";
import { requireEditor } from "../writes/editor-guard";
import { validateInput } from "../writes/validate-input";
import { SavedSceneInput } from "./saved-scene.input";
import { SavedScene } from "./saved-scene.type";

const MAX_SCENES = 500;

@Resolver(() => SavedScene)
export class SavedSceneResolver {
  @Query(() => [SavedScene], { description: "Named explorer scenes, by name" })
  savedScenes(
    @Arg("first", () => Int, { defaultValue: 100, description: `At most ${MAX_SCENES}` }) first: number,
    @Ctx() ctx: Context,
  ): Promise<SavedSceneRecord[]> {
    return ctx.services.scenes.list(Math.max(1, Math.min(first, MAX_SCENES)));
  }

  @Mutation(() => SavedScene, {
    description: "Saves a scene under its name, replacing one of that name. Needs an editor key.",
  })
  @UseMiddleware(requireEditor)
  saveScene(
    @Arg("scene", () => SavedSceneInput, { validateFn: validateInput("scene") }) scene: SavedSceneInput,
    @Ctx() ctx: Context,
  ): Promise<SavedSceneRecord> {
    return ctx.services.scenes.save(scene.name.trim(), scene.state, scene.nodes);
  }

  @Mutation(() => Boolean, { description: "Deletes a saved scene; false when none has that id. Needs an editor key." })
  @UseMiddleware(requireEditor)
  deleteScene(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.scenes.delete(id);
  }
}
