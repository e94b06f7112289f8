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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.biadeposit.harvest.zarr.OmeZarrReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, item 3 (harvest part): a file's metadata may name other files (an OME-TIFF's BinaryOnly MetadataFile, a
 * companion's TiffData FileNames). Those that lie outside the dataset folder, after links are followed, are refused
 * and never opened. The dataset folder is the folder a harvest was started on, or a single file's own folder.
 */
class DatasetFolderTest {

	private final Harvester harvester = new Harvester(List.of(new OmeXmlReader(), new OmeTiffReader(),
		new OmeZarrReader(), new ImageJTiffReader()));

	@TempDir
	Path tmp;

	private Path data;
	private Path outside;

	@BeforeEach
	void arrange() throws IOException {
		data = Files.createDirectories(tmp.resolve("data"));
		outside = Files.createDirectories(tmp.resolve("outside"));
		Files.writeString(outside.resolve("secret.companion.ome"), SmallOmeXml.companion("part.ome.tif"));
		SmallTiff.write(outside.resolve("part.ome.tif"), 4, 3, SmallOmeXml.binaryOnly("secret.companion.ome"));
	}

	private static void assertRefused(HarvestedFile result, String namedBy, String path) {
		assertTrue(result.hasError(), "must be refused: " + result);
		assertTrue(result.error().contains(namedBy), result.error());
		assertTrue(result.error().contains("\"" + path + "\""), result.error());
		assertTrue(result.error().contains("outside the dataset folder"), result.error());
		assertTrue(result.records().isEmpty());
		for (Path used : result.usedFiles()) assertFalse(used.toString().contains("outside"), "uses " + used);
	}

	@Test
	void aTiffWhoseBinaryOnlyCompanionLiesOutsideTheDatasetIsRefused() throws IOException {
		Path tiff = SmallTiff.write(data.resolve("a.ome.tif"), 4, 3, SmallOmeXml.binaryOnly(
			"../outside/secret.companion.ome"));
		assertRefused(harvester.harvest(new FileProbe(tiff)), "a.ome.tif", "../outside/secret.companion.ome");
	}

	@Test
	void anAbsoluteBinaryOnlyPathIsRefused() throws IOException {
		String elsewhere = outside.resolve("secret.companion.ome").toAbsolutePath().toString();
		Path tiff = SmallTiff.write(data.resolve("a.ome.tif"), 4, 3, SmallOmeXml.binaryOnly(elsewhere));
		assertRefused(harvester.harvest(new FileProbe(tiff)), "a.ome.tif", elsewhere);
		Path system = SmallTiff.write(data.resolve("b.ome.tif"), 4, 3, SmallOmeXml.binaryOnly("/etc/hostname"));
		assertRefused(harvester.harvest(new FileProbe(system)), "b.ome.tif", "/etc/hostname");
	}

	@Test
	void aCompanionNamingFilesOutsideTheDatasetIsRefused() throws IOException {
		SmallTiff.write(data.resolve("in.ome.tif"), 4, 3, null);
		for (String elsewhere : List.of("../outside/part.ome.tif", "/etc/hostname")) {
			Path companion = Files.writeString(data.resolve("set.companion.ome"), SmallOmeXml.companion(
				"in.ome.tif", elsewhere));
			assertRefused(harvester.harvest(new FileProbe(companion)), "set.companion.ome", elsewhere);
		}
		Path extract = Files.writeString(data.resolve("extract.ome.xml"), SmallOmeXml.companion("in.ome.tif",
			"../outside/part.ome.tif"));
		assertRefused(harvester.harvest(new FileProbe(extract)), "extract.ome.xml", "../outside/part.ome.tif");
	}

	@Test
	void linksAreFollowedBeforeTheCheck() throws IOException {
		Files.createSymbolicLink(data.resolve("link"), outside);
		Path tiff = SmallTiff.write(data.resolve("a.ome.tif"), 4, 3, SmallOmeXml.binaryOnly(
			"link/secret.companion.ome"));
		assertRefused(harvester.harvest(new FileProbe(tiff)), "a.ome.tif", "link/secret.companion.ome");
	}

	@Test
	void filesInsideTheDatasetAreStillRead() throws IOException {
		Path tiff = SmallTiff.write(data.resolve("a.ome.tif"), 4, 3, SmallOmeXml.binaryOnly("set.companion.ome"));
		Files.writeString(data.resolve("set.companion.ome"), SmallOmeXml.companion("a.ome.tif"));
		HarvestedFile result = harvester.harvest(new FileProbe(tiff));
		assertNull(result.error());
		assertEquals(2, result.usedFiles().size());
	}

	@Test
	void theFolderAHarvestStartedOnIsTheDatasetFolder() throws IOException {
		// sub/a.ome.tif keeps its metadata one level up: inside the folder harvested, outside its own folder.
		Path sub = Files.createDirectories(data.resolve("sub"));
		Path tiff = SmallTiff.write(sub.resolve("a.ome.tif"), 4, 3, SmallOmeXml.binaryOnly("../z.companion.ome"));
		Files.writeString(data.resolve("z.companion.ome"), SmallOmeXml.companion("sub/a.ome.tif"));

		List<HarvestedFile> walked = new ArrayList<>();
		new HarvestRun(harvester, null, 1).recursive(true).run(List.of(data.toString()), walked::add);
		assertEquals(1, walked.size(), walked.toString());
		assertNull(walked.get(0).error());
		assertEquals(2, walked.get(0).usedFiles().size());

		assertRefused(harvester.harvest(new FileProbe(tiff)), "a.ome.tif", "../z.companion.ome");
		assertNull(harvester.harvest(new FileProbe(tiff, data)).error());
	}
}
