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
package org.biadeposit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.biadeposit.biostudies.Receipt;
import org.biadeposit.example.ExampleDataset;
import org.biadeposit.sandbox.SandboxConfig;
import org.biadeposit.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.script.ScriptModule;
import org.scijava.script.ScriptService;

/**
 * {@code scripts/deposit-folder.groovy}, the script the README shows, run as Fiji runs it: through SciJava's script
 * service (its {@code #@} parameters, the service filled in), on a generated dataset, against the sandbox server.
 */
class DepositFolderScriptTest {

	private static final Path SCRIPT = Path.of("scripts/deposit-folder.groovy");

	@TempDir
	Path tmp;

	@AfterEach
	void clear() {
		System.clearProperty("bia.cache.dir");
	}

	@Test
	void theDocumentedScriptWritesDepositYamlThenDepositsTheFolder() throws Exception {
		System.setProperty("bia.cache.dir", tmp.resolve("cache").toString());
		Path root = tmp.resolve("study");
		new ExampleDataset().write(root);
		Files.delete(root.resolve("deposit.yaml"));
		Path passwordFile = tmp.resolve("password");
		Files.writeString(passwordFile, SandboxConfig.DEMO_PASSWORD + "\n");
		try (Context context = new Context(); SandboxServer sandbox = SandboxServer.start(new SandboxConfig().dataDir(
			tmp.resolve("server")).port(0).processingDelay(Duration.ofMillis(50)).log(null)))
		{
			context.service(DepositionService.class).setSettings(DepositionService.Settings.defaults().withThreads(2)
				.withHarvestCache(false));
			ScriptService scripts = context.service(ScriptService.class);
			Object[] inputs = { "folder", root.toFile(), "server", sandbox.baseUrl(), "user", SandboxConfig.DEMO_EMAIL,
				"passwordfile", passwordFile.toString() };

			ScriptModule first = scripts.run(SCRIPT.toFile(), true, inputs).get();
			assertTrue(Files.isRegularFile(root.resolve("deposit.yaml")), "the first run writes deposit.yaml");
			assertNull(first.getOutput("accession"), "nothing deposited before deposit.yaml is filled in");

			Files.writeString(root.resolve("deposit.yaml"), ExampleDataset.depositYaml(LocalDate.now().plusMonths(3)));
			ScriptModule second = scripts.run(SCRIPT.toFile(), true, inputs).get();
			String accession = (String) second.getOutput("accession");
			assertTrue(accession != null && accession.startsWith("S-BIAD"), accession);
			Receipt receipt = Receipt.read(tmp.resolve("study-bia").resolve(Receipt.NAME));
			assertEquals(accession, receipt.accession());
			assertTrue(receipt.processed(), String.valueOf(receipt.status()));
		}
	}
}
