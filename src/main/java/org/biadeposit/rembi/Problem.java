package org.biadeposit.rembi;

/**
 * Something wrong or doubtful in a deposition, said so that a person can fix it.
 *
 * @param where the place it points at: "deposit.yaml:12 study.title", "File-list cells row 4", a file path
 * @param message what is wrong and what to do
 */
public record Problem(Severity severity, String where, String message) {

	public enum Severity {
		/** The deposition cannot be submitted until it is fixed. */
		ERROR,
		/** Worth a look; submitting is still possible. */
		WARNING
	}

	public static Problem error(String where, String message) {
		return new Problem(Severity.ERROR, where, message);
	}

	public static Problem warning(String where, String message) {
		return new Problem(Severity.WARNING, where, message);
	}

	/** Where it is, as values: the key path in deposit.yaml, the File-list, the component or the file. */
	public Place place() {
		return Place.of(where);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	@Override
	public String toString() {
		return severity.name().toLowerCase() + ": " + where + ": " + message;
	}
}
