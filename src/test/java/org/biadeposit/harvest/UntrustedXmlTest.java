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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.biadeposit.harvest.zarr.OmeZarrReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.sun.net.httpserver.HttpServer;

/**
 * Issue 8, item 1: OME-XML from a file (an .ome.xml, a TIFF ImageDescription, a Zarr store's METADATA.ome.xml) is
 * untrusted. A DOCTYPE is refused before anything reads it, so that no external DTD or entity is fetched (from a
 * file or a web address) and nothing it would read reaches a record or a message, whatever the schema version.
 */
class UntrustedXmlTest {

	private final Harvester harvester = new Harvester(List.of(new OmeXmlReader(), new OmeTiffReader(),
		new OmeZarrReader(), new ImageJTiffReader()));

	@TempDir
	Path tmp;

	private String secret;
	private Path dtd;
	private HttpServer server;
	private final AtomicInteger requests = new AtomicInteger();

	@BeforeEach
	void arrange() throws IOException {
		secret = "SECRET-" + UUID.randomUUID();
		Path secretFile = Files.writeString(tmp.resolve("secret.txt"), secret);
		// The classic out-of-band pattern: parameter entities read a file into a general entity used as a value.
		dtd = Files.writeString(tmp.resolve("evil.dtd"), "<!ENTITY % secret SYSTEM \"" + secretFile.toUri() +
			"\">\n<!ENTITY % wrap \"<!ENTITY leak '%secret;'>\">\n%wrap;\n");
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", exchange -> {
			requests.incrementAndGet();
			byte[] body = Files.readAllBytes(dtd);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stopServer() {
		server.stop(0);
	}

	private String fileDoctype() {
		return "<!DOCTYPE OME SYSTEM \"" + dtd.toUri() + "\">\n";
	}

	private String webDoctype() {
		return "<!DOCTYPE OME SYSTEM \"http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd\">\n";
	}

	private HarvestedFile harvest(Path file) {
		return harvester.harvest(new FileProbe(file));
	}

	/** Harvests an .ome.xml of a schema version with a DOCTYPE and the entity it defines as microscope model. */
	private HarvestedFile harvestOmeXml(String version, String doctype) throws IOException {
		return harvest(Files.writeString(tmp.resolve("evil.ome.xml"), SmallOmeXml.document(version, doctype,
			"&leak;")));
	}

	private void assertRefusedWithoutLeak(HarvestedFile result) {
		assertTrue(result.hasError(), "a document with a DOCTYPE must be refused, got " + result);
		assertTrue(result.error().contains("DOCTYPE"), result.error());
		assertFalse(result.toString().contains(secret), "the secret reached the result: " + result);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2003-FC", "2008-09", "2010-06", "2012-06", "2016-06" })
	void anOmeXmlWhoseDoctypeReadsALocalFileIsRefusedAndLeaksNothing(String version) throws IOException {
		assertRefusedWithoutLeak(harvestOmeXml(version, fileDoctype()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2003-FC", "2008-09", "2010-06", "2012-06", "2016-06" })
	void anOmeXmlWhoseDoctypeNamesAWebAddressFetchesNothing(String version) throws IOException {
		assertRefusedWithoutLeak(harvestOmeXml(version, webDoctype()));
		assertEquals(0, requests.get(), "the reader fetched the DTD from the web address");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2003-FC", "2008-09", "2010-06", "2012-06", "2016-06" })
	void theSameDocumentsWithoutDoctypeAreUpgradedAndRead(String version) throws IOException {
		Path xml = Files.writeString(tmp.resolve("small.ome.xml"), SmallOmeXml.document(version, "", "Axio"));
		HarvestedFile result = harvest(xml);
		assertFalse(result.hasError(), result.error());
		assertEquals(1, result.records().size());
		ImageRecord record = result.records().get(0);
		assertEquals(4, record.sizeX());
		assertEquals(3, record.sizeY());
		assertEquals("uint8", record.pixelType());
		if (!version.equals("2003-FC")) {
			assertNotNull(record.microscope(), result.toString());
			assertEquals("Axio", record.microscope().model());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "2008-09", "2012-06", "2016-06" })
	void anOmeTiffDescriptionWithADoctypeIsRefused(String version) throws IOException {
		Path local = SmallTiff.write(tmp.resolve("local.ome.tif"), 4, 3, SmallOmeXml.document(version,
			fileDoctype(), "&leak;"));
		assertRefusedWithoutLeak(harvest(local));
		Path web = SmallTiff.write(tmp.resolve("web.ome.tif"), 4, 3, SmallOmeXml.document(version, webDoctype(),
			"&leak;"));
		assertRefusedWithoutLeak(harvest(web));
		assertEquals(0, requests.get(), "the reader fetched the DTD from the web address");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2008-09", "2012-06", "2016-06" })
	void aZarrStoresOmeXmlWithADoctypeIsRefused(String version) throws IOException {
		for (String doctype : List.of(fileDoctype(), webDoctype())) {
			Path store = tmp.resolve("evil-" + (doctype.contains("http") ? "web" : "file") + ".zarr");
			Files.createDirectories(store.resolve("OME"));
			Files.createDirectories(store.resolve("0"));
			Files.writeString(store.resolve(".zattrs"), "{\"bioformats2raw.layout\": 3}");
			Files.writeString(store.resolve("0/.zattrs"), "{\"multiscales\": [{\"version\": \"0.4\", \"axes\": " +
				"[{\"name\": \"y\", \"type\": \"space\"}, {\"name\": \"x\", \"type\": \"space\"}], " +
				"\"datasets\": [{\"path\": \"0\"}]}]}");
			Files.writeString(store.resolve("OME/METADATA.ome.xml"), SmallOmeXml.document(version, doctype,
				"&leak;"));
			assertRefusedWithoutLeak(harvest(store));
		}
		assertEquals(0, requests.get(), "the reader fetched the DTD from the web address");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2008-09", "2016-06" })
	void billionLaughsIsRefused(String version) throws IOException {
		StringBuilder entities = new StringBuilder("<!DOCTYPE OME [\n<!ENTITY lol0 \"lol\">\n");
		for (int i = 1; i <= 9; i++) {
			String previous = "&lol" + (i - 1) + ";";
			entities.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">\n");
		}
		entities.append("]>\n");
		Path xml = Files.writeString(tmp.resolve("laughs.ome.xml"), SmallOmeXml.document(version, entities
			.toString(), "&lol9;"));
		HarvestedFile result = harvest(xml);
		assertTrue(result.hasError(), result.toString());
		assertTrue(result.error().contains("DOCTYPE"), result.error());
		assertFalse(result.error().contains("lollollol"), result.error());
	}

	@Test
	void theRefusalSaysWhatToDo() throws IOException {
		Path xml = Files.writeString(tmp.resolve("evil.ome.xml"), SmallOmeXml.document("2008-09", fileDoctype(),
			"&leak;"));
		String error = harvest(xml).error();
		assertNotNull(error);
		assertTrue(error.contains("remove"), error);
		assertFalse(new String(Files.readAllBytes(xml), StandardCharsets.UTF_8).contains(secret));
	}
}
