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
package org.biadeposit.biostudies;

/** What happened to one file of a deposit, as {@code receipt.json} says it (in these words). */
public enum FileState {

	/** The file was sent in this run. */
	SENT("sent"),
	/**
	 * The file was already in the user folder with the same size, and this computer's upload record vouches that it
	 * holds the same bytes (see {@link UploadJournal}); it was not sent again.
	 */
	ON_SERVER("already on server"),
	/**
	 * The file was in the user folder with the same size, but nothing vouches that it holds these bytes (it was sent
	 * some other way, or from another computer) and it was too large to send again without being asked
	 * ({@code --resend-unverified}); no checksums are claimed for it.
	 */
	NOT_VERIFIED("on server, not verified"),
	/**
	 * A metadata-only update: the file was not sent; the server keeps the previous version's (checksums from the upload
	 * record when known, otherwise null).
	 */
	NOT_SENT("not sent (metadata only)");

	private final String text;

	FileState(String text) {
		this.text = text;
	}

	/** The words {@code receipt.json} uses. */
	public String text() {
		return text;
	}

	@Override
	public String toString() {
		return text;
	}

	/** The state written in these words, or null when there is none. */
	static FileState of(String text) {
		for (FileState s : values()) {
			if (s.text.equals(text)) return s;
		}
		return null;
	}
}
