/*-
 * #%L
 * bia-deposit: deposit microscopy datasets in the EBI BioImage Archive.
 * %%
 * Copyright (C) 2026 bia-deposit developers
 * %%
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 * 
 * 1. Redistributions of source code must retain the above copyright notice,
 *    this list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the documentation
 *    and/or other materials provided with the distribution.
 * 
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
 * AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
 * IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
 * ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDERS OR CONTRIBUTORS BE
 * LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
 * CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF
 * SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
 * INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN
 * CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)
 * ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
 * POSSIBILITY OF SUCH DAMAGE.
 * #L%
 */
package org.biadeposit.rembi;

/**
 * Something wrong or doubtful in a deposition, said so that a person can fix it.
 *
 * @param place where it is, as values: a key of deposit.yaml with its line, a File-list row or column, a file
 * @param message what is wrong and what to do
 */
public record Problem(Severity severity, Place place, String message) {

	public enum Severity {
		/** The deposition cannot be submitted until it is fixed. */
		ERROR,
		/** Worth a look; submitting is still possible. */
		WARNING
	}

	public Problem {
		if (place == null) place = Place.described("");
	}

	public static Problem error(Place place, String message) {
		return new Problem(Severity.ERROR, place, message);
	}

	public static Problem warning(Place place, String message) {
		return new Problem(Severity.WARNING, place, message);
	}

	/** The place as reports print it: "deposit.yaml:12 study.title", "File-list cells row 4 (cells/a.tif)", a path. */
	public String where() {
		return place.text();
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	@Override
	public String toString() {
		return severity.name().toLowerCase() + ": " + where() + ": " + message;
	}
}
