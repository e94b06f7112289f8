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
package org.biadeposit.harvest.zarr;

import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.biadeposit.harvest.MetadataFile;
import org.biadeposit.harvest.UnreadableImageException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON metadata files of a Zarr store ({@code .zattrs}, {@code .zarray}, {@code zarr.json}), read within limits:
 * at most {@link MetadataFile#MAX_BYTES} per file and {@link #MAX_DEPTH} levels of nesting, with messages that name
 * the file, line and column.
 */
final class ZarrJson {

	/** Deeper nesting is refused; NGFF metadata, even a consolidated zarr.json, nests about fifteen deep. */
	static final int MAX_DEPTH = 100;

	/** The NGFF specification's own examples carry comments; hand-edited files carry trailing commas. */
	static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(
		StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build()).enable(
			JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
			JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

	private ZarrJson() {}

	/**
	 * Reads a file that must hold a JSON object.
	 *
	 * @param shownAs how messages name the file (for example "image.zarr/0/.zarray")
	 */
	static JsonNode readObject(Path file, String shownAs) throws IOException, UnreadableImageException {
		byte[] bytes = MetadataFile.read(file, shownAs);
		JsonNode node;
		try (JsonParser parser = JSON.createParser(bytes)) {
			try {
				node = JSON.readTree(parser);
			}
			catch (StreamConstraintsException e) {
				JsonLocation at = parser.currentLocation();
				boolean deep = parser.getParsingContext() != null && parser.getParsingContext()
					.getNestingDepth() > MAX_DEPTH;
				throw new UnreadableImageException(shownAs + " " + (deep ? "has values nested more than " + MAX_DEPTH +
					" levels deep" : "holds a string or number longer than Zarr metadata ever needs") + " (line " +
					at.getLineNr() + ", column " + at.getColumnNr() + "). Fix the file or write the store again", e);
			}
			catch (JsonProcessingException e) {
				JsonLocation at = e.getLocation();
				String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
				// Jackson names the source of a nested location ("[Source: REDACTED ...; line: 3, ...]"): keep the line.
				String problem = e.getOriginalMessage().replaceAll("Source: [^\\]]*?; (?=line)", "");
				throw new UnreadableImageException(shownAs + " is not valid JSON" + where + ": " + problem +
					". Fix the file or write the store again", e);
			}
		}
		catch (CharConversionException e) {
			// Jackson guesses UTF-16 or UTF-32 from zero bytes and stops at what is not.
			throw new UnreadableImageException(shownAs + " is not UTF-8 text, as Zarr metadata must be (" + e
				.getMessage() + "). Fix the file or write the store again", e);
		}
		if (node == null || node.isMissingNode()) {
			throw new UnreadableImageException(shownAs + " is empty; it should hold the Zarr metadata as a JSON " +
				"object");
		}
		if (!node.isObject()) {
			throw new UnreadableImageException(shownAs + " does not hold a JSON object (it holds a " + node
				.getNodeType().toString().toLowerCase(Locale.ROOT) + ")");
		}
		return node;
	}

	/** A value as text, or null when it is missing, not a single value, or blank. */
	static String text(JsonNode node) {
		return node == null || !node.isValueNode() || node.isNull() || node.asText().isBlank() ? null : node
			.asText();
	}
}
