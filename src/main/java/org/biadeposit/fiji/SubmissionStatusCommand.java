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
package org.biadeposit.fiji;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

import org.biadeposit.DepositionService;
import org.biadeposit.biostudies.Password;
import org.biadeposit.biostudies.Receipt;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.TextWidget;

/** Plugins > BioImage Archive > Submission Status: the same as {@code bia status OUT}. */
@Plugin(type = Command.class, menuPath = "Plugins>BioImage Archive>Submission Status", label = "Submission Status")
public class SubmissionStatusCommand extends DepositionCommand {

	@Parameter(label = "Package folder (its receipt names the study)", style = "directory")
	private File out;

	@Parameter(label = "BioStudies login (e-mail)")
	private String user;

	@Parameter(label = "Password", style = TextWidget.PASSWORD_STYLE, required = false, persist = false)
	private String password = "";

	@Parameter(label = "Password file (instead of the password)", required = false, persist = false)
	private String passwordfile = "";

	@Parameter(type = ItemIO.OUTPUT)
	private String state;

	@Override
	public void run() {
		if (out == null || !Files.isRegularFile(out.toPath().resolve(Receipt.NAME))) {
			fail("Submission Status: " + out + " has no receipt.json; it was not submitted from this folder");
			return;
		}
		char[] secret = null;
		try {
			secret = password(password, passwordfile);
			password = "";
			if (secret == null) {
				fail("Submission Status: no password; type it, or give a password file, or set BIA_PASSWORD");
				return;
			}
			DepositionService.SubmissionStatus s = deposition.status(out.toPath(), user, secret);
			state = s.status();
			String errors = s.errors().isEmpty() ? "" : "\n" + String.join("\n", s.errors());
			inform("Submission Status", s.accession() + " version " + s.version() + ": " + state + errors);
		}
		catch (IllegalArgumentException | IOException e) {
			fail("Submission Status: " + e.getMessage());
		}
		finally {
			Password.wipe(secret);
		}
	}
}
