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
// Stand-in for the Bio-Formats reader of the same name, written for bia-deposit's tests (not Bio-Formats code).
package loci.formats.in;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import loci.formats.FormatException;
import loci.formats.FormatReader;
import ome.xml.meta.MetadataStore;
import ome.xml.meta.OMEXMLMetadataImpl;
import ome.xml.meta.OMEXMLMetadataRoot;
import ome.xml.model.OMEModel;
import ome.xml.model.OMEModelImpl;
import ome.xml.model.enums.DimensionOrder;
import ome.xml.model.enums.PixelType;
import ome.xml.model.primitives.PositiveInteger;

public class OMEXMLReader extends FormatReader {
	public OMEXMLReader() {
		super("Fake Bio-Formats OME-XML", "ome", "ome.xml");
	}

	@Override
	protected void initFile(Path file) throws FormatException, IOException {
		parse(store, file);
		if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ome")) used = companionSet(file);
	}

	static void plainImage(MetadataStore store, Path file) {
		store.setImageID("Image:0", 0);
		store.setImageName(file.getFileName().toString(), 0);
		store.setPixelsID("Pixels:0", 0);
		store.setPixelsDimensionOrder(DimensionOrder.XYCZT, 0);
		store.setPixelsType(PixelType.UINT8, 0);
		PositiveInteger one = new PositiveInteger(1);
		store.setPixelsSizeX(one, 0);
		store.setPixelsSizeY(one, 0);
		store.setPixelsSizeZ(one, 0);
		store.setPixelsSizeC(one, 0);
		store.setPixelsSizeT(one, 0);
	}

	static String[] companionSet(Path companion) throws IOException {
		List<String> files = new ArrayList<>();
		files.add(companion.toString());
		try (Stream<Path> siblings = Files.list(companion.getParent())) {
			siblings.map(Path::toString).filter(n -> n.endsWith(".ome.tiff")).sorted().forEach(files::add);
		}
		return files.toArray(new String[0]);
	}

	/** Parses as Bio-Formats' XMLTools does: a default JAXP factory, no error handler of its own. */
	static void parse(MetadataStore store, Path xml) throws FormatException, IOException {
		try {
			DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
			f.setNamespaceAware(true);
			org.w3c.dom.Element root = f.newDocumentBuilder().parse(xml.toFile()).getDocumentElement();
			OMEModel model = new OMEModelImpl();
			OMEXMLMetadataRoot ome = new OMEXMLMetadataRoot(root, model);
			model.resolveReferences();
			((OMEXMLMetadataImpl) store).setRoot(ome);
		}
		catch (IOException e) {
			throw e;
		}
		catch (Exception e) {
			throw new FormatException("not OME-XML: " + e);
		}
	}
}
