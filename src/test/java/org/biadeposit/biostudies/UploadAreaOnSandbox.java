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

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.biadeposit.sandbox.SandboxConfig;
import org.biadeposit.sandbox.SandboxServer;

/**
 * The upload-area conformance tests against the sandbox on loopback: its HTTP API and its FTP endpoint serve the
 * same user folders, which its API lists; it cuts uploads off at an exact byte.
 */
abstract class UploadAreaOnSandbox extends UploadAreaConformance {

	SandboxServer sandbox;
	BioStudiesClient client;
	UserProfile profile;

	@Override
	void startServer() throws IOException {
		sandbox = SandboxServer.start(new SandboxConfig().dataDir(tmp.resolve("server")).port(0).ftpPort(0)
			.processingDelay(Duration.ZERO).log(null));
		client = BioStudiesClient.builder(Server.of(sandbox.baseUrl())).retry(RetryPolicy.NONE).build();
		profile = client.login(SandboxConfig.DEMO_EMAIL, SandboxConfig.DEMO_PASSWORD.toCharArray());
	}

	@Override
	void stopServer() {
		if (client != null) client.close();
		if (sandbox != null) sandbox.close();
	}

	@Override
	int uploadsCut() {
		return sandbox.faults().resetsInjected();
	}

	@Override
	Path onServer(String remote) {
		return sandbox.userFolder(SandboxConfig.DEMO_EMAIL).resolve(remote);
	}

	@Override
	Map<String, Long> apiListing(String folder) throws IOException {
		return sizes(client.list(folder));
	}
}
