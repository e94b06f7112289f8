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
