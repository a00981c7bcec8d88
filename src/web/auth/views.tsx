// The login, forgotten-password and new-password pages.
import { Layout } from '../layout.tsx';
import { MIN_PASSWORD_LENGTH } from './accounts.ts';

function Notice({ error, info }: { error?: string | undefined; info?: string | undefined }) {
  if (error) {
    return (
      <div class="notice error" role="alert" id="formulier-fout">
        <p>{error}</p>
      </div>
    );
  }
  return info ? (
    <div class="notice" role="status">
      <p>{info}</p>
    </div>
  ) : null;
}

export function LoginPage(props: { csrfToken: string; terug: string; email?: string; error?: string; info?: string; oidc: boolean }) {
  return (
    <Layout title={props.error ? 'Fout: Inloggen' : 'Inloggen'} path="/inloggen">
      <h1>Inloggen</h1>
      <p>Voor medewerkers van gemeenten, UWV, werkcentra en organisaties die ondersteuning bieden.</p>
      <Notice error={props.error} info={props.info} />
      <form method="post" action="/inloggen" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <input type="hidden" name="terug" value={props.terug} />
        <div class="form-field">
          <label for="email">E-mailadres</label>
          <input id="email" name="email" type="email" autocomplete="username" required value={props.email ?? ''}
            aria-describedby={props.error ? 'formulier-fout' : undefined} />
        </div>
        <div class="form-field">
          <label for="wachtwoord">Wachtwoord</label>
          <input id="wachtwoord" name="wachtwoord" type="password" autocomplete="current-password" required />
        </div>
        <button type="submit">Inloggen</button>
      </form>
      <p>
        <a href="/wachtwoord-vergeten">Wachtwoord vergeten?</a>
      </p>
      {props.oidc ? (
        <p>
          <a class="button secondary" href="/inloggen/oidc">
            Inloggen met het account van je organisatie
          </a>
        </p>
      ) : null}
    </Layout>
  );
}

export function ForgotPage(props: { csrfToken: string; error?: string; info?: string }) {
  return (
    <Layout title="Wachtwoord vergeten" path="/inloggen">
      <h1>Wachtwoord vergeten</h1>
      <p>Vul je e-mailadres in. Je krijgt dan een e-mail met een link om een nieuw wachtwoord te kiezen. De link werkt één uur.</p>
      <Notice error={props.error} info={props.info} />
      <form method="post" action="/wachtwoord-vergeten" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <div class="form-field">
          <label for="email">E-mailadres</label>
          <input id="email" name="email" type="email" autocomplete="username" required />
        </div>
        <button type="submit">Stuur mij een link</button>
      </form>
    </Layout>
  );
}

export function ResetPage(props: { csrfToken: string; token: string; error?: string }) {
  return (
    <Layout title={props.error ? 'Fout: Nieuw wachtwoord' : 'Nieuw wachtwoord'} path="/inloggen">
      <h1>Kies een nieuw wachtwoord</h1>
      <p>Gebruik minstens {MIN_PASSWORD_LENGTH} tekens. Een zin van een paar woorden is goed te onthouden en sterk.</p>
      <Notice error={props.error} />
      <form method="post" action="/wachtwoord-herstellen" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <input type="hidden" name="token" value={props.token} />
        <div class="form-field">
          <label for="wachtwoord">Nieuw wachtwoord</label>
          <input id="wachtwoord" name="wachtwoord" type="password" autocomplete="new-password" required minLength={MIN_PASSWORD_LENGTH} />
        </div>
        <div class="form-field">
          <label for="herhaal">Herhaal het nieuwe wachtwoord</label>
          <input id="herhaal" name="herhaal" type="password" autocomplete="new-password" required />
        </div>
        <button type="submit">Wachtwoord opslaan</button>
      </form>
    </Layout>
  );
}
