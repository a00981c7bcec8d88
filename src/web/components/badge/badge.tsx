// A count next to a link or heading ("Aanmeldingen 3"). The number is read
// with its meaning when a label is given.
export function Badge({ count, label }: { count: number; label?: string }) {
  return (
    <span class="utrecht-badge-counter badge">
      {count}
      {label ? <span class="visually-hidden"> {label}</span> : null}
    </span>
  );
}
