/**
 * Type tests of zod.ts, checked by `tsc` (npm run typecheck), never executed: each schema's `z.infer` is the
 * client's own type (mutually assignable, as the corpus test checks for every spec), discriminated unions narrow
 * after `parse`, the read and write views stay apart, and a recursive schema infers its recursive type.
 */
import { expectTypeOf } from 'vitest';
import type * as z from 'zod/v4';
import type * as api from '../fixtures/generated/zod/index.js';
import * as zs from '../fixtures/generated/zod/zod.js';

/** `true` when `A` and `B` are mutually assignable. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const schemasInferTheClientsTypes: [
  Same<z.infer<typeof zs.PetSchema>, api.Pet>,
  Same<z.infer<typeof zs.PetInputSchema>, api.PetInput>,
  Same<z.infer<typeof zs.OwnerSchema>, api.Owner>,
  Same<z.infer<typeof zs.AttributesSchema>, api.Attributes>,
  Same<z.infer<typeof zs.MetadataSchema>, api.Metadata>,
  Same<z.infer<typeof zs.CountsSchema>, api.Counts>,
  Same<z.infer<typeof zs.ProblemSchema>, api.Problem>,
  Same<z.infer<typeof zs.PrioritySchema>, api.Priority>,
  Same<z.infer<typeof zs.SettingsSchema>, api.Settings>,
  Same<z.infer<typeof zs.JobSchema>, api.Job>,
  Same<z.infer<typeof zs.ShapeSchema>, api.Shape>,
  Same<z.infer<typeof zs.ZodEventSchema>, api.ZodEvent>,
  Same<z.infer<typeof zs.CarSchema>, api.Car>,
  Same<z.infer<typeof zs.TreeNodeSchema>, api.TreeNode>,
  Same<z.infer<typeof zs.ExpressionSchema>, api.Expression>,
  Same<z.infer<typeof zs.PointSchema>, api.Point>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];

export const operationSchemasInferTheOperationsTypes: [
  Same<z.infer<typeof zs.listPetsParamsSchema>, api.ListPetsParams>,
  Same<z.infer<typeof zs.listPetsResponseSchema>, api.ListPetsResponse>,
  Same<z.infer<typeof zs.createPetParamsSchema>, api.CreatePetParams>,
  Same<z.infer<typeof zs.uploadPhotoParamsSchema>, api.UploadPhotoParams>,
  Same<z.infer<typeof zs.uploadPhotoResponseSchema>, api.UploadPhotoResponse>,
  Same<z.infer<typeof zs.measureShapeResponseSchema>, api.MeasureShapeResponse>,
  Same<z.infer<typeof zs.deletePetResponseSchema>, api.DeletePetResponse>,
  Same<z.infer<typeof zs.streamEventsResponseSchema>, api.StreamEventsResponse>,
] = [true, true, true, true, true, true, true, true];

export function discriminatedUnionsNarrow(input: unknown): void {
  const shape = zs.ShapeSchema.parse(input);
  if (shape.kind === 'circle') expectTypeOf(shape.radius).toEqualTypeOf<number>();
  else expectTypeOf(shape.side).toEqualTypeOf<number>();
  const event = zs.ZodEventSchema.parse(input);
  if (event.type === 'Created') expectTypeOf(event.pet.name).toEqualTypeOf<string>();
  else expectTypeOf(event.id).toEqualTypeOf<string>();
}

export function readAndWriteViewsStayApart(input: unknown): void {
  const pet = zs.PetSchema.parse(input);
  expectTypeOf(pet.id).toEqualTypeOf<string>();
  // @ts-expect-error a response never carries the writeOnly secret
  void pet.secret;
  const sent = zs.PetInputSchema.parse(input);
  expectTypeOf(sent.secret).toEqualTypeOf<string>();
  // @ts-expect-error a request never sends the readOnly id
  void sent.id;
}

export function recursionInfersTheRecursiveType(input: unknown): void {
  const tree = zs.TreeNodeSchema.parse(input);
  expectTypeOf(tree.children).toEqualTypeOf<api.TreeNode[] | undefined>();
  expectTypeOf(tree.parent).toEqualTypeOf<api.TreeNode | null | undefined>();
}

export function parsedDataFitsTheClient(input: unknown): void {
  // What a schema returns can be passed where the client wants its own type, and the other way round.
  const params: api.CreatePetParams = zs.createPetParamsSchema.parse(input);
  expectTypeOf(zs.createPetParamsSchema.parse).parameter(0).toBeUnknown();
  const checked: z.infer<typeof zs.createPetParamsSchema> = params;
  void checked;
}
