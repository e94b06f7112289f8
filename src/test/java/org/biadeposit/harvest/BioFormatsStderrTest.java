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
package org.biadeposit.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.biadeposit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 2: with Bio-Formats, a damaged LIF put an XML parser's "[Fatal Error]" line on stderr (Bio-Formats
 * parses with parsers that have no error handler, and the JDK prints each error before throwing it), and
 * {@code --fiji} runs printed SLF4J warnings. The stand-in LIF reader parses its header as Bio-Formats does.
 */
class BioFormatsStderrTest {

	@TempDir
	Path tmp;

	@Test
	void aDamagedLifPutsNoParserLineOnStderr() throws Exception {
		Path lif = damagedLif();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream before = System.err;
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		HarvestedFile h;
		try {
			// premise: Bio-Formats' own parse prints the line
			Object reader = StandInBioFormats.imageReader(StandInBioFormats.loader()).getConstructor().newInstance();
			reader.getClass().getMethod("setMetadataStore", ome.xml.meta.MetadataStore.class).invoke(reader,
				new ome.xml.meta.OMEXMLMetadataImpl());
			assertThrows(InvocationTargetException.class, () -> reader.getClass().getMethod("setId", String.class)
				.invoke(reader, lif.toString()));
			assertTrue(err.toString(StandardCharsets.UTF_8).contains("[Fatal Error]"), "premise: " + err);
			err.reset();

			h = new Harvester(List.of(new BioFormatsBridge(StandInBioFormats.loader()))).harvest(new FileProbe(lif));
			System.err.println("a line of someone else's");
		}
		finally {
			System.setErr(before);
		}
		assertNotNull(h.error(), "damaged: " + h);
		assertTrue(h.error().contains("Failed to parse XML"), h.error());
		assertEquals("a line of someone else's" + System.lineSeparator(), err.toString(StandardCharsets.UTF_8),
			"stderr is back as it was, and had nothing else");
	}

	@Test
	void theCommandLineWithBioFormatsPrintsNoSlf4jOrParserLines() throws Exception {
		Path lif = damagedLif();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		// as scripts/bia --fiji orders it: Bio-Formats first, then bia-deposit and its libraries
		String cp = StandInBioFormats.compiled() + File.pathSeparator + System.getProperty("java.class.path");
		Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Dbia.cache.dir=" + tmp.resolve("cache"),
			"-cp", cp, "org.biadeposit.cli.Main", "harvest", lif.toString())
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
		byte[] out = p.getInputStream().readAllBytes();
		String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(60, TimeUnit.SECONDS));
		String stdout = new String(out, StandardCharsets.UTF_8);
		assertTrue((stdout + err).contains("damaged.lif") && (stdout + err).contains("Failed to parse XML"),
			"the file is reported, as read by the stand-in: " + stdout + err);
		assertFalse(err.contains("SLF4J:"), err);
		assertFalse(err.contains("[Fatal Error]"), err);
	}

	/** The test data's LIF with its XML header's first character changed, copied here. */
	private Path damagedLif() throws Exception {
		byte[] bytes = Files.readAllBytes(TestData.file("readlif/tests/LeicaLASX_wavelength-sweep_example.lif"));
		assertEquals('<', bytes[13], "premise: the XML header (UTF-16) starts at byte 13");
		bytes[13] = 'x';
		return Files.write(tmp.resolve("damaged.lif"), bytes);
	}
}
