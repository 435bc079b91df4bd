// Moves the focus to the first field with a problem, so keyboard and screen-reader users start where the fix is.
export function focusFirstProblem() {
    const form = document.querySelector('.new-ticket-form');
    if (!form) {
        return;
    }
    const invalid = form.querySelector('[aria-invalid="true"]');
    const target = invalid?.matches('fieldset') ? invalid.querySelector('input') : invalid;
    (target ?? form.querySelector('.new-ticket-problem'))?.focus();
}

// Moves the focus to the confirmation once the form is replaced by it, so the next Tab reaches "View ticket".
export function focusConfirmation() {
    document.querySelector('.new-ticket-confirmation')?.focus();
}
