/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Toolchain Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.wasmpart.model.WasmpartPackage#getToolchainKind()
 * @model
 * @generated
 */
public enum ToolchainKind implements Enumerator {
	/**
	 * The '<em><b>WASI SDK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WASI_SDK_VALUE
	 * @generated
	 * @ordered
	 */
	WASI_SDK(0, "WASI_SDK", "wasi-sdk"),

	/**
	 * The '<em><b>CLANG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLANG_VALUE
	 * @generated
	 * @ordered
	 */
	CLANG(1, "CLANG", "clang"),

	/**
	 * The '<em><b>RUST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUST_VALUE
	 * @generated
	 * @ordered
	 */
	RUST(2, "RUST", "rust"),

	/**
	 * The '<em><b>TINYGO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TINYGO_VALUE
	 * @generated
	 * @ordered
	 */
	TINYGO(3, "TINYGO", "tinygo"),

	/**
	 * The '<em><b>ASSEMBLYSCRIPT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSEMBLYSCRIPT_VALUE
	 * @generated
	 * @ordered
	 */
	ASSEMBLYSCRIPT(4, "ASSEMBLYSCRIPT", "assemblyscript"),

	/**
	 * The '<em><b>EMSCRIPTEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMSCRIPTEN_VALUE
	 * @generated
	 * @ordered
	 */
	EMSCRIPTEN(5, "EMSCRIPTEN", "emscripten"),

	/**
	 * The '<em><b>ZIG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZIG_VALUE
	 * @generated
	 * @ordered
	 */
	ZIG(6, "ZIG", "zig");

	/**
	 * The '<em><b>WASI SDK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WASI_SDK
	 * @model literal="wasi-sdk"
	 * @generated
	 * @ordered
	 */
	public static final int WASI_SDK_VALUE = 0;

	/**
	 * The '<em><b>CLANG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLANG
	 * @model literal="clang"
	 * @generated
	 * @ordered
	 */
	public static final int CLANG_VALUE = 1;

	/**
	 * The '<em><b>RUST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUST
	 * @model literal="rust"
	 * @generated
	 * @ordered
	 */
	public static final int RUST_VALUE = 2;

	/**
	 * The '<em><b>TINYGO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TINYGO
	 * @model literal="tinygo"
	 * @generated
	 * @ordered
	 */
	public static final int TINYGO_VALUE = 3;

	/**
	 * The '<em><b>ASSEMBLYSCRIPT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSEMBLYSCRIPT
	 * @model literal="assemblyscript"
	 * @generated
	 * @ordered
	 */
	public static final int ASSEMBLYSCRIPT_VALUE = 4;

	/**
	 * The '<em><b>EMSCRIPTEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMSCRIPTEN
	 * @model literal="emscripten"
	 * @generated
	 * @ordered
	 */
	public static final int EMSCRIPTEN_VALUE = 5;

	/**
	 * The '<em><b>ZIG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZIG
	 * @model literal="zig"
	 * @generated
	 * @ordered
	 */
	public static final int ZIG_VALUE = 6;

	/**
	 * An array of all the '<em><b>Toolchain Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ToolchainKind[] VALUES_ARRAY =
		new ToolchainKind[] {
			WASI_SDK,
			CLANG,
			RUST,
			TINYGO,
			ASSEMBLYSCRIPT,
			EMSCRIPTEN,
			ZIG,
		};

	/**
	 * A public read-only list of all the '<em><b>Toolchain Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ToolchainKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Toolchain Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ToolchainKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ToolchainKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Toolchain Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ToolchainKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ToolchainKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Toolchain Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ToolchainKind get(int value) {
		switch (value) {
			case WASI_SDK_VALUE: return WASI_SDK;
			case CLANG_VALUE: return CLANG;
			case RUST_VALUE: return RUST;
			case TINYGO_VALUE: return TINYGO;
			case ASSEMBLYSCRIPT_VALUE: return ASSEMBLYSCRIPT;
			case EMSCRIPTEN_VALUE: return EMSCRIPTEN;
			case ZIG_VALUE: return ZIG;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ToolchainKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ToolchainKind
