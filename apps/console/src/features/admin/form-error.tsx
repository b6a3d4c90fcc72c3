export function FormError({ error }: { readonly error: string | null }) {
  if (!error) return null;
  return (
    <p className="inline-error" role="alert">
      {error}
    </p>
  );
}
