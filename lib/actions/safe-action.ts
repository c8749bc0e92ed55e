import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { requireProjectAccess, requireWorkspaceAccess } from "@/lib/auth/access";
import { requireUser } from "@/lib/auth/session";
import type { ProjectAccess, WorkspaceAccess } from "@/lib/db/access";
import type { Role } from "@/lib/domain/auth/roles";
import { toActionError, type ActionError, type ActionResult, type NoExtra } from "@/lib/errors";
import { formInput, formValues, invalidInput, toFormState, unsafeInput, type FormState, type FormSuccess } from "@/lib/forms";

// The one way to write a server action: every export of a "use server" file in lib/actions is
// `export const somethingAction = <wrapper>({ schema, … }, run)`, and the wrapper takes the steps
// in order — check the input rule (lib/domain/safe-input.ts) and parse the input with the zod
// schema (a refusal names the fields), authorize (project
// and workspace scope through lib/auth/access.ts, a signed-in user, or explicitly public), run,
// revalidate, redirect — and returns an ActionResult, or for forms used with useActionState the
// same result as a FormState. Expected failures are AppErrors thrown by `run` (or lib/db) and come
// back with their message; anything else is logged and reported generically (toActionError).
// tests/unit/authorization-coverage.test.ts checks that every action is built this way.
//
//   projectAction / projectFormAction       requireProjectAccess(workspaceSlug, projectId, role)
//   workspaceAction / workspaceFormAction   requireWorkspaceAccess(workspaceSlug, role)
//   userAction / userFormAction             requireUser(): signed in, no workspace role
//   publicAction / publicFormAction         nobody: the input itself must be the credential

type ProjectRef = { workspaceSlug: string; projectId: string };
type WorkspaceRef = { workspaceSlug: string };
export type SignedInUser = Awaited<ReturnType<typeof requireUser>>;

const FAILED: unique symbol = Symbol("action failed");
const REDIRECT: unique symbol = Symbol("action redirects");

/** A refusal that carries data for the client; see `fail`. */
export type Failure<X extends object> = { readonly [FAILED]: ActionError; readonly extra: X };
/** A success that ends on another page; see `redirectTo`. */
export type Redirect = { readonly [REDIRECT]: string };

/**
 * Returned by `run` for a refusal whose result carries `extra` data (the canvas save's `current`
 * block, the import's list of issues). A refusal without extra data is simply a thrown AppError.
 */
export function fail<X extends object = NoExtra>(error: ActionError, extra?: X): Failure<X> {
  return { [FAILED]: error, extra: extra ?? ({} as X) };
}

/** Returned by `run` to send the browser to `path` after revalidating (Next's redirect(), called outside the try/catch). */
export function redirectTo(path: string): Redirect {
  return { [REDIRECT]: path };
}

const isFailure = (out: unknown): out is Failure<object> => typeof out === "object" && out !== null && FAILED in out;
const isRedirect = (out: unknown): out is Redirect => typeof out === "object" && out !== null && REDIRECT in out;

/** A page path to revalidate after a success, or `{ layout }` for everything under a layout. */
export type RevalidateTarget = string | { layout: string };
/** `false`: revalidate nothing; a function: what to revalidate, from the caller's access and the parsed input. */
export type Revalidate<A, D> = false | ((auth: A, data: D) => RevalidateTarget | null);

export const workspacePath = (access: WorkspaceAccess) => `/w/${access.workspace.slug}`;
export const projectPath = (access: ProjectAccess) => `/w/${access.workspace.slug}/projects/${access.project.id}`;

/** How a scope authorizes, and what it revalidates unless an action says otherwise. */
type Scope<A, D> = { authorize: (data: D) => Promise<A>; revalidate: Revalidate<A, D> };

const projectScope = (role: Role): Scope<ProjectAccess, ProjectRef> => ({
  authorize: (d) => requireProjectAccess(d.workspaceSlug, d.projectId, role),
  revalidate: (access) => ({ layout: projectPath(access) }),
});
const workspaceScope = (role: Role): Scope<WorkspaceAccess, WorkspaceRef> => ({
  authorize: (d) => requireWorkspaceAccess(d.workspaceSlug, role),
  revalidate: (access) => ({ layout: workspacePath(access) }),
});
const userScope: Scope<SignedInUser, unknown> = { authorize: () => requireUser(), revalidate: false };
const publicScope: Scope<null, unknown> = { authorize: () => Promise.resolve(null), revalidate: false };

type Settled<T, X extends object> = { result: ActionResult<T, X> } | { redirectTo: string };

/** Authorize → run → revalidate, with every error turned into a refusal. Never throws. */
async function settle<A, D, T, X extends object>(
  scope: Scope<A, D>,
  revalidate: Revalidate<A, D> | undefined,
  data: D,
  run: (auth: A, data: D) => Promise<T | Failure<X> | Redirect>,
): Promise<Settled<T, X>> {
  try {
    const auth = await scope.authorize(data);
    const out = await run(auth, data);
    if (isFailure(out)) return { result: { ok: false, error: out[FAILED], ...(out.extra as X) } };
    const refresh = revalidate ?? scope.revalidate;
    const target = refresh ? refresh(auth, data) : null;
    if (typeof target === "string") revalidatePath(target);
    else if (target) revalidatePath(target.layout, "layout");
    if (isRedirect(out)) return { redirectTo: out[REDIRECT] };
    return { result: { ok: true, data: out } };
  } catch (err) {
    return { result: toActionError(err) };
  }
}

type Options<S extends z.ZodType, A> = {
  /** Parses the input; the action's input type is the schema's input type. */
  schema: S;
  /** What to revalidate after a success (default: the project's or workspace's layout; nothing for user and public actions). */
  revalidate?: Revalidate<A, z.output<S>>;
};
type FormOptions<S extends z.ZodType, A> = Options<S, A> & {
  /** Echo what was submitted after a success too, so an edit form keeps showing it (default: the form is cleared). */
  keepValues?: boolean;
};
type Scoped = { /** The lowest role that may run the action. */ role: Role };

/** What a form's `run` returns: a message, nothing ("Saved."), or a FormSuccess. */
export type FormOutcome = string | void | FormSuccess;
type Run<A, D, T, X extends object> = (auth: A, data: D) => Promise<T | Failure<X> | Redirect>;
type FormRun<A, D, X extends object> = (auth: A, data: D, formData: FormData) => Promise<FormOutcome | Failure<X> | Redirect>;

/** An action called with an object (buttons and small controls). */
export type Action<S extends z.ZodType, T, X extends object> = (input: z.input<S>) => Promise<ActionResult<T, X>>;
/** An action for useActionState: (previous state, form data) → state. */
export type FormAction<X extends object> = (prev: FormState<X>, formData: FormData) => Promise<FormState<X>>;

function callAction<S extends z.ZodType, A, T, X extends object>(
  scope: Scope<A, z.output<S>>,
  options: Options<S, A>,
  run: Run<A, z.output<S>, T, X>,
): Action<S, T, X> {
  return async (input) => {
    const unsafe = unsafeInput(input);
    if (unsafe) return { ok: false, error: unsafe };
    const parsed = options.schema.safeParse(input);
    if (!parsed.success) return { ok: false, error: invalidInput(parsed.error, parsed.error.issues[0]?.message ?? "Invalid request.") };
    const settled = await settle(scope, options.revalidate, parsed.data as z.output<S>, run);
    if ("redirectTo" in settled) redirect(settled.redirectTo);
    return settled.result;
  };
}

function formAction<S extends z.ZodType, A, X extends object>(
  scope: Scope<A, z.output<S>>,
  options: FormOptions<S, A>,
  run: FormRun<A, z.output<S>, X>,
): FormAction<X> {
  return async (_prev, formData) => {
    const values = formValues(formData);
    const input = formInput(formData);
    const unsafe = unsafeInput(input);
    if (unsafe) return toFormState<X>({ ok: false, error: unsafe }, values);
    const parsed = options.schema.safeParse(input);
    if (!parsed.success)
      return toFormState<X>({ ok: false, error: invalidInput(parsed.error, "Please correct the highlighted fields.") }, values);
    const settled = await settle(scope, options.revalidate, parsed.data as z.output<S>, async (auth, data) => {
      const out = await run(auth, data, formData);
      if (isFailure(out) || isRedirect(out)) return out;
      return typeof out === "string" ? { message: out } : (out ?? { message: "Saved." });
    });
    if ("redirectTo" in settled) redirect(settled.redirectTo);
    return toFormState(settled.result, values, options.keepValues);
  };
}

// The scope's authorize reads only the ids it needs, so a schema with more fields fits it.
const widen = <A, D>(scope: Scope<A, never>) => scope as unknown as Scope<A, D>;

/**
 * The pair of wrappers (object call and form) of one scope. `scopeFor` gets the action's options,
 * so a role-scoped pair authorizes with the action's `role`; `Extra` is what those options add.
 */
function wrappers<A, Ref, Extra extends object>(scopeFor: (options: Extra) => Scope<A, never>) {
  return {
    action: <S extends z.ZodType<Ref>, T, X extends object = NoExtra>(
      options: Options<S, A> & Extra,
      run: Run<A, z.output<S>, T, X>,
    ): Action<S, T, X> => callAction(widen<A, z.output<S>>(scopeFor(options)), options, run),
    form: <S extends z.ZodType<Ref>, X extends object = NoExtra>(
      options: FormOptions<S, A> & Extra,
      run: FormRun<A, z.output<S>, X>,
    ): FormAction<X> => formAction(widen<A, z.output<S>>(scopeFor(options)), options, run),
  };
}

const project = wrappers<ProjectAccess, ProjectRef, Scoped>((options) => projectScope(options.role));
const workspace = wrappers<WorkspaceAccess, WorkspaceRef, Scoped>((options) => workspaceScope(options.role));
const user = wrappers<SignedInUser, unknown, object>(() => userScope);
const anyone = wrappers<null, unknown, object>(() => publicScope);

/** A project-scoped action: `run` gets the caller's ProjectAccess (at least `role`) and the parsed input. */
export const projectAction = project.action;

/** A project-scoped form for useActionState; `run` also gets the FormData (file uploads). */
export const projectFormAction = project.form;

/** A workspace-scoped action: `run` gets the caller's WorkspaceAccess (at least `role`). */
export const workspaceAction = workspace.action;

/** A workspace-scoped form for useActionState. */
export const workspaceFormAction = workspace.form;

/** An action for any signed-in user, before any workspace role exists (creating a workspace, accepting an invitation). */
export const userAction = user.action;

/** A form for any signed-in user. */
export const userFormAction = user.form;

/**
 * An action anyone may call, signed in or not. Only for the few listed with their reason in
 * tests/unit/authorization-coverage.test.ts: creating an account, and what a token in the input
 * authorizes (the share link's guest comment).
 */
export const publicAction = anyone.action;

/** A public form; see publicAction. */
export const publicFormAction = anyone.form;
