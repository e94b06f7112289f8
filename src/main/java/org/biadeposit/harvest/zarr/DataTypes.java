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

import ome.xml.model.enums.PixelType;

/** Zarr data types as OME pixel types; the types OME has none for (64-bit integers, 16-bit floats) give null. */
final class DataTypes {

	private DataTypes() {}

	/** NumPy type strings of Zarr v2 ({@code |u1}, {@code <u2}, {@code >f4}…). */
	static PixelType ofNumpy(String dtype) {
		String type = dtype;
		if (!type.isEmpty() && "<>|=".indexOf(type.charAt(0)) >= 0) type = type.substring(1);
		switch (type) {
			case "b1": return PixelType.BIT;
			case "i1": return PixelType.INT8;
			case "i2": return PixelType.INT16;
			case "i4": return PixelType.INT32;
			case "u1": return PixelType.UINT8;
			case "u2": return PixelType.UINT16;
			case "u4": return PixelType.UINT32;
			case "f4": return PixelType.FLOAT;
			case "f8": return PixelType.DOUBLE;
			case "c8": return PixelType.COMPLEXFLOAT;
			case "c16": return PixelType.COMPLEXDOUBLE;
			// OME has no 64-bit integer or 16-bit float type: left unset rather than misreported.
			default: return null;
		}
	}

	/** Zarr v3 data type names. */
	static PixelType ofZarr3(String dataType) {
		switch (dataType) {
			case "bool": return PixelType.BIT;
			case "int8": return PixelType.INT8;
			case "int16": return PixelType.INT16;
			case "int32": return PixelType.INT32;
			case "uint8": return PixelType.UINT8;
			case "uint16": return PixelType.UINT16;
			case "uint32": return PixelType.UINT32;
			case "float32": return PixelType.FLOAT;
			case "float64": return PixelType.DOUBLE;
			case "complex64": return PixelType.COMPLEXFLOAT;
			case "complex128": return PixelType.COMPLEXDOUBLE;
			// As for Zarr v2: int64, uint64 and float16 have no OME pixel type.
			default: return null;
		}
	}
}
