-- The NL Design System theme a gemeente chose for the public pages about it
-- (search in that gemeente, its offers and organisation pages, the
-- Rechtencheck and contact form once the gemeente is known). Theme keys live
-- in src/web/themes; null means the default theme.
alter table gemeente add column public_theme text;
