/** The server's reason for refusing what a control asked, shown beside it and announced. */
export function Refusal({ error, testId }: { error: string | null; testId?: string }) {
  if (error === null) return null;
  return (
    <p className="mc-refusal" role="alert" data-testid={testId ?? 'console-refusal'}>
      {error}
    </p>
  );
}
