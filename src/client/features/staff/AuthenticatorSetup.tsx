import { useMemo } from 'preact/hooks';
import { renderSVG } from 'uqr';
import { useTranslation } from '../../i18n/use-translation.ts';
import { StaffField } from './StaffField.tsx';

interface AuthenticatorSetupProps {
  idPrefix: string;
  /** The `otpauth://` URI the server gave with the secret. */
  uri: string;
  secret: string;
  code: string;
  onCode: (code: string) => void;
  codeError?: string | undefined;
}

/** "ABCD EFGH …": easier to copy by hand than 32 letters in a row; apps ignore the spaces. */
const groupedSecret = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

/**
 * A new authenticator app: the QR code to scan, the same secret as text for phones that cannot
 * scan it, and the field for the first code, which proves the app has it.
 */
export function AuthenticatorSetup({ idPrefix, uri, secret, code, onCode, codeError }: AuthenticatorSetupProps) {
  const { t } = useTranslation();
  // An image rather than inline markup: the SVG is ours, but an <img> cannot run anything whatever it holds.
  const qrImage = useMemo(() => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(uri, { border: 2, pixelSize: 6 }))}`, [uri]);
  return (
    <div class="totp-setup">
      <ol class="totp-steps">
        <li>{t('staff.totp.stepApp')}</li>
        <li>
          {t('staff.totp.stepScan')}
          <img class="totp-qr" src={qrImage} width={200} height={200} alt={t('staff.totp.qrAlt')} />
          <p>
            {t('staff.totp.keyLabel')} <code class="totp-secret" dir="ltr">{groupedSecret(secret)}</code>
          </p>
        </li>
        <li>{t('staff.totp.stepCode')}</li>
      </ol>
      <StaffField id={`${idPrefix}-code`} label={t('staff.totp.code')} hint={t('staff.totp.codeHint')} error={codeError}>
        {(control) => (
          <input {...control} type="text" inputMode="numeric" autoComplete="one-time-code" maxLength={9} value={code}
            onInput={(event) => onCode(event.currentTarget.value)} />
        )}
      </StaffField>
    </div>
  );
}
