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

import org.biadeposit.Cancellation;
import org.biadeposit.DepositionService;
import org.biadeposit.biostudies.AsperaLogin;
import org.biadeposit.biostudies.FtpLogin;
import org.biadeposit.biostudies.Password;
import org.biadeposit.biostudies.Receipt;
import org.biadeposit.biostudies.SubmissionRun;
import org.biadeposit.biostudies.UploadRoute;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.TextWidget;

/**
 * Plugins > BioImage Archive > Upload and Submit: the same as {@code bia submit}. Progress over the whole upload
 * (bytes, files, rate, time left) is shown in Fiji's status bar, whatever the route. The route is chosen as
 * {@code --via} does (auto, http, ftp, aspera); the FTP and Aspera routes take the accounts the BioStudies submission
 * tool shows (Aspera also IBM's {@code ascp} on the PATH). The passwords are typed in password fields and never
 * remembered or recorded; headless, give {@code passwordfile}, {@code ftppasswordfile} and
 * {@code asperapasswordfile}, or set BIA_PASSWORD, BIA_FTP_PASSWORD and BIA_ASPERA_PASSWORD.
 */
@Plugin(type = Command.class, menuPath = "Plugins>BioImage Archive>Upload and Submit", label = "Upload and Submit")
public class UploadAndSubmitCommand extends DepositionCommand {

	@Parameter(label = "Package folder (from Package Deposition)", style = "directory")
	private File out;

	@Parameter(label = "Server (prod, beta, or a URL)")
	private String server = "beta";

	@Parameter(label = "BioStudies login (e-mail)")
	private String user;

	@Parameter(label = "Password", style = TextWidget.PASSWORD_STYLE, required = false, persist = false)
	private String password = "";

	@Parameter(label = "Password file (instead of the password)", required = false, persist = false)
	private String passwordfile = "";

	@Parameter(label = "Files sent at once", min = "1", max = "16")
	private int parallel = SubmissionRun.DEFAULT_PARALLEL;

	@Parameter(label = "Existing accession to update (empty: a new study)", required = false, persist = false)
	private String accession = "";

	@Parameter(label = "Route (auto: HTTP under 50 GB and 20 GB a file, FTP up to 1 TB, else Aspera)", choices = {
		"auto", "http", "ftp", "aspera" }, persist = false) // each upload starts from the route its sizes call for
	private String via = "auto";

	@Parameter(label = "FTP user (from the BioStudies submission tool)", required = false)
	private String ftpuser = "";

	@Parameter(label = "FTP password", style = TextWidget.PASSWORD_STYLE, required = false, persist = false)
	private String ftppassword = "";

	@Parameter(label = "FTP password file (instead of the FTP password)", required = false, persist = false)
	private String ftppasswordfile = "";

	@Parameter(label = "FTP host (empty: " + FtpLogin.DEFAULT_HOST + ")", required = false)
	private String ftphost = "";

	@Parameter(label = "Aspera user (from the BioStudies submission tool)", required = false)
	private String asperauser = "";

	@Parameter(label = "Aspera password", style = TextWidget.PASSWORD_STYLE, required = false, persist = false)
	private String asperapassword = "";

	@Parameter(label = "Aspera password file (instead of the Aspera password)", required = false, persist = false)
	private String asperapasswordfile = "";

	@Parameter(label = "Aspera rate (e.g. 400M)", required = false)
	private String asperarate = AsperaLogin.DEFAULT_RATE;

	@Parameter(type = ItemIO.OUTPUT)
	private String accno;

	@Parameter(type = ItemIO.OUTPUT)
	private String study;

	@Parameter(type = ItemIO.OUTPUT)
	private File receipt;

	@Override
	public void run() {
		if (out == null || !Files.isRegularFile(out.toPath().resolve("submission.json"))) {
			fail("Upload and Submit: " + out + " is not a package folder (no submission.json); run Package " +
				"Deposition first");
			return;
		}
		char[] secret = null;
		FtpLogin ftp = null;
		AsperaLogin aspera = null;
		try {
			secret = password(password, passwordfile);
			password = ""; // not kept in the module's inputs after use
			ftp = ftpLogin();
			aspera = asperaLogin();
			if (secret == null) {
				fail("Upload and Submit: no password; type it, or give a password file, or set BIA_PASSWORD");
				return;
			}
			UploadRoute route = UploadRoute.of(via);
			if (route == UploadRoute.FTP && ftp == null) {
				fail("Upload and Submit: the FTP route needs the FTP account the BioStudies submission tool shows: " +
					"the FTP user, and its password or password file (or BIA_FTP_PASSWORD)");
				return;
			}
			if (route == UploadRoute.ASPERA && (aspera == null || aspera.ascp() == null)) {
				fail("Upload and Submit: " + (aspera == null ? "the Aspera route needs the Aspera account the " +
					"BioStudies submission tool shows: the Aspera user, and its password or password file (or " +
					"BIA_ASPERA_PASSWORD)" : AsperaLogin.NO_ASCP));
				return;
			}
			Receipt r = deposition.submit(out.toPath(), DepositionService.Upload.to(server, user).withParallel(
				parallel).withAccession(accession).withRoute(route, ftp).withAspera(aspera), secret, new Cancellation(),
				null);
			accno = r.accession();
			study = r.studyUrl();
			receipt = out.toPath().resolve(Receipt.NAME).toFile();
			if (!r.processed()) {
				fail("Upload and Submit: BioStudies did not accept " + r.accession() + " (" + r.status() + "): " +
					String.join("; ", r.errors()));
				return;
			}
			inform("Upload and Submit", "Deposited as " + accno + "\n" + study + "\nReceipt: " + receipt);
		}
		catch (IllegalArgumentException | IOException e) {
			fail("Upload and Submit: " + e.getMessage());
		}
		finally {
			Password.wipe(secret);
			if (ftp != null) ftp.wipe();
			if (aspera != null) aspera.wipe();
		}
	}

	/** The Aspera account from the fields (the password field emptied once read), or null when no user is given. */
	private AsperaLogin asperaLogin() throws IOException {
		String typed = asperapassword;
		asperapassword = ""; // not kept in the module's inputs after use
		char[] secret = secret(asperauser, typed, asperapasswordfile, "BIA_ASPERA_PASSWORD");
		if (secret == null) return null;
		try {
			return new AsperaLogin(asperauser.strip(), secret).rate(asperarate == null || asperarate.isBlank()
				? AsperaLogin.DEFAULT_RATE : asperarate.strip());
		}
		catch (IllegalArgumentException e) {
			Password.wipe(secret);
			throw e;
		}
	}

	/** An account's password: typed, else from its file, else from its variable; null without a user or password. */
	private char[] secret(String account, String typed, String file, String variable) throws IOException {
		if (account == null || account.isBlank()) return null;
		if (typed != null && !typed.isEmpty()) return typed.toCharArray();
		if (path(file) != null) return Password.fromFile(path(file));
		String env = System.getenv(variable);
		return env == null || env.isEmpty() ? null : env.toCharArray();
	}

	/** The FTP account from the fields (the password field emptied once read), or null when no FTP user is given. */
	private FtpLogin ftpLogin() throws IOException {
		String typed = ftppassword;
		ftppassword = ""; // not kept in the module's inputs after use
		char[] secret = secret(ftpuser, typed, ftppasswordfile, "BIA_FTP_PASSWORD");
		if (secret == null) return null;
		try {
			return new FtpLogin(ftphost == null || ftphost.isBlank() ? null : ftphost.strip(), ftpuser.strip(), secret);
		}
		catch (IllegalArgumentException e) {
			Password.wipe(secret);
			throw e;
		}
	}
}
