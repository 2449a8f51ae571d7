import { useEffect, useRef } from 'react';

/** The full disclaimer, as a modal dialog. */
export function DisclaimerDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // jsdom has no showModal; fall back to the open attribute there.
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="disclaimer-dialog"
      aria-labelledby="disclaimer-title"
      onClose={onClose}
    >
      <h2 id="disclaimer-title">About Referral Explorer</h2>
      <p>
        <strong>Referral Explorer informs; it does not diagnose.</strong> It shows which muscle
        trigger points are known, from the published trigger point literature, to send pain to the
        areas you pick, and how people commonly release them. Pain can have many causes, some of
        them serious.
      </p>
      <ul>
        <li>
          It is not a substitute for a doctor, physiotherapist or other qualified professional.
        </li>
        <li>
          Read the warnings shown with each area. If any apply, see a doctor before treating
          yourself; in an emergency, call emergency services.
        </li>
        <li>
          Stop any technique that causes sharp, shooting or burning pain, numbness, tingling,
          dizziness or that makes things worse.
        </li>
        <li>
          Be especially careful, and ask a professional first, if you are pregnant, take blood
          thinners, have had recent surgery or injury, or have a condition affecting your bones,
          blood vessels or nerves.
        </li>
      </ul>
      <p>
        Patterns follow Travell &amp; Simons' Trigger Point Manual, Simons, Travell &amp; Simons
        (2nd ed.), Davies' Trigger Point Therapy Workbook and Donnelly et al. (3rd ed.); every
        muscle lists its sources.
      </p>
      <form method="dialog">
        <button type="submit" onClick={onClose}>
          I understand
        </button>
      </form>
    </dialog>
  );
}
