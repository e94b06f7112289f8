package org.biadeposit.fiji;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

import org.biadeposit.biostudies.BioStudiesClient;
import org.biadeposit.biostudies.Password;
import org.biadeposit.biostudies.Receipt;
import org.biadeposit.biostudies.Server;
import org.biadeposit.biostudies.SubmissionStatus;
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
			Receipt r = Receipt.read(out.toPath().resolve(Receipt.NAME));
			secret = password(password, passwordfile);
			password = "";
			if (secret == null) {
				fail("Submission Status: no password; type it, or give a password file, or set BIA_PASSWORD");
				return;
			}
			try (BioStudiesClient client = new BioStudiesClient(Server.of(r.server()))) {
				client.login(user, secret);
				try {
					SubmissionStatus status = client.status(r.accession(), r.version());
					state = status.name();
					String errors = status == SubmissionStatus.INVALID ? "\n" + String.join("\n", client.errors(r
						.accession(), r.version())) : "";
					inform("Submission Status", r.accession() + " version " + r.version() + ": " + state + errors);
				}
				finally {
					client.logout();
				}
			}
		}
		catch (IllegalArgumentException | IOException e) {
			fail("Submission Status: " + e.getMessage());
		}
		finally {
			Password.wipe(secret);
		}
	}
}
