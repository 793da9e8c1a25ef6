/**
 * Sending the checked listing: GitHub's new-file page with the file filled in, or its editor with
 * the text copied and three numbered steps, or copy and download for another host; and always an
 * e-mail to the organization. Nothing leaves the device until the volunteer follows one of these.
 */
import { useState } from 'react';
import { fill } from '#i18n/text.ts';
import type { FormResult } from '#lib/listing-form/check.ts';
import { handOver, mailtoUrl, type Repository } from '#lib/listing-form/hand-over.ts';
import { useFormFields } from './context.ts';
import { copyText, downloadText } from './copy.ts';

interface Props {
  mode: 'new' | 'edit';
  result: FormResult;
  repository: Repository;
  host: string;
  contactEmail?: string | undefined;
  /** The listing's name, for the e-mail's subject. */
  name: string;
  /** The box showing the file, selected to copy it when the clipboard is refused. */
  fileBox: () => HTMLElement | null;
}

export function HandOver({ mode, result, repository, host, contactEmail, name, fileBox }: Props) {
  const { words } = useFormFields();
  const send = words.send;
  const [copied, setCopied] = useState<'' | 'copied' | 'failed'>('');
  const plan = handOver(mode, repository, result.file, result.text);
  const copy = () => void copyText(result.text, fileBox()).then((ok) => setCopied(ok ? 'copied' : 'failed'));
  const fileName = result.file.slice(result.file.lastIndexOf('/') + 1);
  const steps =
    plan.kind === 'paste-edit' ? send.stepsEdit : plan.kind === 'paste-new' ? send.stepsNew : send.stepsElsewhere;
  const newTab = <span className="form-new-tab"> {send.newTab}</span>;
  return (
    <section className="form-send" aria-labelledby="form-send-h">
      <h2 id="form-send-h">{send.heading}</h2>
      {plan.kind === 'propose' ? (
        <>
          <p>
            <a className="button" href={plan.url} target="_blank" rel="noopener noreferrer" data-propose>
              {send.propose}
              {newTab}
            </a>
          </p>
          <p className="form-help">{send.proposeNote}</p>
        </>
      ) : (
        <>
          {plan.kind === 'paste-new' && <p>{send.tooLong}</p>}
          {plan.kind === 'elsewhere' ? (
            <p>{fill(send.elsewhere, { host })}</p>
          ) : (
            <p>
              {/* The link copies the text and opens the page: one tap, then paste there. */}
              <a className="button" href={plan.url} target="_blank" rel="noopener noreferrer" onClick={copy} data-paste>
                {plan.kind === 'paste-edit' ? send.pasteEdit : send.pasteNew}
                {newTab}
              </a>
            </p>
          )}
          {plan.kind !== 'elsewhere' && <h3>{send.stepsHeading}</h3>}
          <ol className="form-steps">
            <li>{fill(steps.select, { file: result.file })}</li>
            <li>{steps.paste}</li>
            <li>{steps.propose}</li>
          </ol>
        </>
      )}
      <p className="actions">
        <button type="button" className="button secondary" onClick={copy}>
          {send.copy}
        </button>
        <button type="button" className="button secondary" onClick={() => downloadText(result.text, fileName)}>
          {send.download}
        </button>
      </p>
      <p className="form-status" role="status">
        {copied === 'copied' ? send.copied : copied === 'failed' ? send.copyFailed : ''}
      </p>
      {contactEmail && (
        <>
          <h3>{send.emailHeading}</h3>
          <p>
            <a
              className="button secondary"
              href={mailtoUrl(
                contactEmail,
                fill(mode === 'new' ? send.emailSubjectNew : send.emailSubjectEdit, { name }),
                result.text,
              )}
              data-email
            >
              {send.email}
            </a>
          </p>
          <p className="form-help">{fill(send.emailNote, { email: contactEmail })}</p>
        </>
      )}
    </section>
  );
}
