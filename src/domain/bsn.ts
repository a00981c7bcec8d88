// The burgerservicenummer (BSN) check: nine digits that pass the 11-proef
// (weights 9..2 and -1 for the last digit; the sum is a multiple of 11).
// Recording a BSN is optional everywhere in InBeeld.
export function isValidBsn(input: string): boolean {
  const digits = input.replace(/[\s.-]/g, '');
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

export function normaliseBsn(input: string): string {
  return input.replace(/[\s.-]/g, '');
}
