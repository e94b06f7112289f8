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
package org.biadeposit.fiji.wizard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.biadeposit.biostudies.Checksums;
import org.biadeposit.biostudies.Receipt;
import org.biadeposit.biostudies.Server;
import org.biadeposit.biostudies.UploadPlan;
import org.biadeposit.pagetab.PageTabJson;
import org.biadeposit.pagetab.Submission;
import org.biadeposit.pagetab.SubmissionPackage;

/**
 * What the package's {@code receipt.json} says about a study submitted earlier (from the wizard or with
 * {@code bia submit}), and so how the wizard sends the package now: a study of this server with the package changed
 * since goes as a new version of it (its accession given); a package unchanged since is left to the upload, which
 * reports the study as already submitted and sends nothing. Never a second study.
 *
 * @param receipt the earlier receipt, or null when the package was never submitted
 * @param changed whether the package differs from what the receipt records as sent: the submission (its accession
 *          aside), the files and their sizes, and the File-lists' SHA-256
 */
record EarlierDeposit(Receipt receipt, boolean changed) {

	/** How the package is to be sent. */
	enum Kind {
		/** No study yet (or the earlier one's fate is for the upload to find out): submitted as a new study. */
		NEW_STUDY,
		/** A study of this server and the package changed: sent as a new version of it. */
		NEW_VERSION,
		/** A study of this server and the package unchanged: nothing is sent; the upload reports the study. */
		UNCHANGED
	}

	/** Reads the package's receipt, if any, and compares the package with it. */
	static EarlierDeposit of(Path packageFolder) throws IOException {
		Path file = packageFolder.resolve(Receipt.NAME);
		if (!Files.isRegularFile(file)) return new EarlierDeposit(null, true);
		Receipt r = Receipt.read(file);
		return new EarlierDeposit(r, !r.hasAccession() || changed(packageFolder, r));
	}

	/**
	 * How the package goes to this server. A receipt of another server is left to the upload, which refuses it with
	 * what to do rather than send that server's accession here.
	 */
	Kind kind(String server) {
		if (receipt == null || !receipt.hasAccession() || !sameServer(server)) return Kind.NEW_STUDY;
		return changed ? Kind.NEW_VERSION : Kind.UNCHANGED;
	}

	/** The accession a new version is sent under, or null. */
	String accession(String server) {
		return kind(server) == Kind.NEW_VERSION ? receipt.accession() : null;
	}

	private boolean sameServer(String server) {
		try {
			return Server.of(server).url().equals(receipt.server());
		}
		catch (RuntimeException e) {
			return false; // not a server name or URL: the upload says so
		}
	}

	private static boolean changed(Path folder, Receipt r) throws IOException {
		Submission now = PageTabJson.read(folder.resolve(SubmissionPackage.SUBMISSION));
		Submission sent = PageTabJson.read(new StringReader(r.submission()), Receipt.NAME);
		if (!withoutAccession(now).equals(withoutAccession(sent))) return true;
		Map<String, Receipt.File> recorded = new HashMap<>();
		for (Receipt.File f : r.files()) recorded.put(f.local(), f);
		UploadPlan plan = UploadPlan.read(folder.resolve(SubmissionPackage.UPLOAD_PLAN));
		if (plan.items().size() != recorded.size()) return true;
		Path ownFiles = folder.toAbsolutePath().normalize();
		for (UploadPlan.Item item : plan.items()) {
			Receipt.File f = recorded.get(item.local().toString());
			if (f == null || f.size() != item.size()) return true;
			// the File-lists are small and say what each file is: compared byte for byte through their SHA-256
			if (item.local().toAbsolutePath().normalize().startsWith(ownFiles) && !Objects.equals(f.sha256(), Checksums
				.of(item.local()).sha256())) return true;
		}
		return false;
	}

	private static Submission withoutAccession(Submission s) {
		return new Submission(null, s.attributes(), s.section(), s.type());
	}
}
