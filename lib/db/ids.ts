import "server-only";
import { createOrderedIdGenerator } from "@/lib/domain/export/convert";

/**
 * A new row id, made before the insert (25 characters of [0-9a-z], like the cuids Prisma makes),
 * so that rows written together in one batch transaction can point at each other.
 */
export function newId(): string {
  return createOrderedIdGenerator()();
}
