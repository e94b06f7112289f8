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
