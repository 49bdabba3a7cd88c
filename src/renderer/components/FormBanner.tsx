/** A form-level problem, announced once; nothing renders when there is none. */
export function FormBanner({ message }: { message?: string | undefined }) {
  if (!message) return null
  return (
    <p role="alert" className="form-banner">
      {message}
    </p>
  )
}
