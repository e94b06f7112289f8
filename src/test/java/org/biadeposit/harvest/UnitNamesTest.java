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
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;

import org.biadeposit.harvest.zarr.OmeZarrReader;
import org.biadeposit.harvest.zarr.SmallZarr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ome.units.UNITS;

/** One table of length and time units, read the same by the OME-Zarr and the ImageJ TIFF readers. */
class UnitNamesTest {

	@TempDir
	Path tmp;

	@Test
	void namesInAnyCaseSpellingOrPluralAndSymbolsAsWritten() {
		assertEquals(UNITS.MICROMETER, UnitNames.LENGTH.find("Micrometres"));
		assertEquals(UNITS.MICROMETER, UnitNames.LENGTH.find("\u00b5m"));
		assertEquals(UNITS.MICROMETER, UnitNames.LENGTH.find("\u03bcm"));
		assertEquals(UNITS.MILLIMETER, UnitNames.LENGTH.find(" mm "));
		assertNull(UnitNames.LENGTH.find("Mm"), "symbols are taken as written");
		assertNull(UnitNames.LENGTH.find("second"), "a time unit is no length");
		assertEquals(UNITS.NANOSECOND, UnitNames.TIME.find("nanoseconds"));
		assertEquals(UNITS.MINUTE, UnitNames.TIME.find("min"));
	}

	/** ImageJ writes the unit it was given; a nanosecond frame interval was read as seconds before the shared table. */
	@Test
	void anImageJHyperstackUsesTheSharedTable() throws Exception {
		Path tiff = SmallTiff.write(tmp.resolve("stack.tif"), 4, 3, "ImageJ=1.54g\nimages=1\nslices=1\nunit=" +
			"nanometers\nspacing=500\nfinterval=3\ntunit=ns\n");
		ImageRecord r = only(new ImageJTiffReader(), tiff);
		assertEquals(0.5, r.physicalSizeZ(), 1e-12, "500 nanometers");
		assertEquals(3e-9, r.timeIncrement(), 1e-21, "3 ns");
	}

	@Test
	void imageJsOwnSpellingsStillCount() throws Exception {
		Path tiff = SmallTiff.write(tmp.resolve("old.tif"), 4, 3, "ImageJ=1.54g\nimages=1\nunit=\\u00B5m\n" +
			"spacing=2\nfinterval=1.5\ntunit=msec\n");
		ImageRecord r = only(new ImageJTiffReader(), tiff);
		assertEquals(2, r.physicalSizeZ(), 1e-12);
		assertEquals(0.0015, r.timeIncrement(), 1e-15);
	}

	@Test
	void anNgffAxisAndAnImageJCalibrationReadTheSameUnitAlike() throws Exception {
		Path store = SmallZarr.image(tmp.resolve("a.zarr"), "[1, 4, 3]", "[1, 4, 3]");
		SmallZarr.write(store.resolve(".zattrs"), SmallZarr.imageAttributes(SmallZarr.CYX.replace("micrometer",
			"Nanometres"), "[1.0, 500, 500]"));
		Path tiff = SmallTiff.write(tmp.resolve("b.tif"), 4, 3, "ImageJ=1.54g\nimages=1\nunit=Nanometres\n" +
			"spacing=500\n");
		assertEquals(only(new OmeZarrReader(), store).physicalSizeY(), only(new ImageJTiffReader(), tiff)
			.physicalSizeZ());
	}

	private static ImageRecord only(MetadataReader reader, Path file) throws Exception {
		OmeMetadata found = reader.read(new FileProbe(file));
		List<ImageRecord> records = ImageRecordMapper.toRecords(found.metadata(), file.toString(), found.format());
		assertEquals(1, records.size());
		return records.get(0);
	}
}
