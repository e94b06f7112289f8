package org.biadeposit.fiji;

import java.io.IOException;

import org.biadeposit.sandbox.SandboxConfig;
import org.biadeposit.sandbox.SandboxServer;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins > BioImage Archive > Open Sandbox Server: the same as {@code bia sandbox}, a BioStudies-compatible server on
 * this computer to rehearse a deposition; it runs until Fiji closes.
 */
@Plugin(type = Command.class, menuPath = "Plugins>BioImage Archive>Open Sandbox Server",
	label = "Open Sandbox Server")
public class OpenSandboxServerCommand extends DepositionCommand {

	@Parameter
	private SandboxService sandboxes;

	@Parameter(label = "Port (0: any free port)", min = "0", max = "65535")
	private int port = 8095;

	@Parameter(label = "Data folder (empty: a temporary folder)", required = false, persist = false)
	private String data = "";

	@Parameter(type = ItemIO.OUTPUT)
	private String url;

	@Override
	public void run() {
		try {
			SandboxServer server = sandboxes.start(port, path(data));
			url = server.baseUrl();
			inform("Open Sandbox Server", "The sandbox BioStudies server runs at\n" + url + "\nuser " +
				SandboxConfig.DEMO_EMAIL + ", password " + SandboxConfig.DEMO_PASSWORD + "\nIts data: " + server
					.dataDir() + "\nUse this URL as the server in Upload and Submit. It stops when Fiji closes.");
		}
		catch (IOException e) {
			fail("Open Sandbox Server: could not start on port " + port + " (" + e.getMessage() + "); choose " +
				"another port, or 0 for any free one");
		}
	}
}
