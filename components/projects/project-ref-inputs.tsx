/** The hidden fields that tell a project's server action which workspace and project a form is about. */
export function ProjectRefInputs({ workspaceSlug, projectId }: { workspaceSlug: string; projectId: string }) {
  return (
    <>
      <input type="hidden" name="workspaceSlug" value={workspaceSlug} />
      <input type="hidden" name="projectId" value={projectId} />
    </>
  );
}
