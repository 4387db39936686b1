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
 * A representation of the literals of the enumeration '<em><b>Wasm Feature</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.wasmpart.model.WasmpartPackage#getWasmFeature()
 * @model
 * @generated
 */
public enum WasmFeature implements Enumerator {
	/**
	 * The '<em><b>REFERENCE TYPES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFERENCE_TYPES_VALUE
	 * @generated
	 * @ordered
	 */
	REFERENCE_TYPES(0, "REFERENCE_TYPES", "reference-types"),

	/**
	 * The '<em><b>BULK MEMORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BULK_MEMORY_VALUE
	 * @generated
	 * @ordered
	 */
	BULK_MEMORY(1, "BULK_MEMORY", "bulk-memory"),

	/**
	 * The '<em><b>MULTI VALUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MULTI_VALUE_VALUE
	 * @generated
	 * @ordered
	 */
	MULTI_VALUE(2, "MULTI_VALUE", "multivalue"),

	/**
	 * The '<em><b>MUTABLE GLOBALS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MUTABLE_GLOBALS_VALUE
	 * @generated
	 * @ordered
	 */
	MUTABLE_GLOBALS(3, "MUTABLE_GLOBALS", "mutable-globals"),

	/**
	 * The '<em><b>SIGN EXT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGN_EXT_VALUE
	 * @generated
	 * @ordered
	 */
	SIGN_EXT(4, "SIGN_EXT", "sign-ext"),

	/**
	 * The '<em><b>NONTRAPPING FPTOINT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONTRAPPING_FPTOINT_VALUE
	 * @generated
	 * @ordered
	 */
	NONTRAPPING_FPTOINT(5, "NONTRAPPING_FPTOINT", "nontrapping-fptoint"),

	/**
	 * The '<em><b>SIMD128</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIMD128_VALUE
	 * @generated
	 * @ordered
	 */
	SIMD128(6, "SIMD128", "simd128"),

	/**
	 * The '<em><b>THREADS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THREADS_VALUE
	 * @generated
	 * @ordered
	 */
	THREADS(7, "THREADS", "threads"),

	/**
	 * The '<em><b>MULTI MEMORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MULTI_MEMORY_VALUE
	 * @generated
	 * @ordered
	 */
	MULTI_MEMORY(8, "MULTI_MEMORY", "multi-memory"),

	/**
	 * The '<em><b>TAIL CALL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TAIL_CALL_VALUE
	 * @generated
	 * @ordered
	 */
	TAIL_CALL(9, "TAIL_CALL", "tail-call"),

	/**
	 * The '<em><b>EXCEPTION HANDLING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXCEPTION_HANDLING_VALUE
	 * @generated
	 * @ordered
	 */
	EXCEPTION_HANDLING(10, "EXCEPTION_HANDLING", "exception-handling"),

	/**
	 * The '<em><b>MEMORY64</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEMORY64_VALUE
	 * @generated
	 * @ordered
	 */
	MEMORY64(11, "MEMORY64", "memory64"),

	/**
	 * The '<em><b>EXTENDED CONST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTENDED_CONST_VALUE
	 * @generated
	 * @ordered
	 */
	EXTENDED_CONST(12, "EXTENDED_CONST", "extended-const"),

	/**
	 * The '<em><b>CALL INDIRECT OVERLONG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CALL_INDIRECT_OVERLONG_VALUE
	 * @generated
	 * @ordered
	 */
	CALL_INDIRECT_OVERLONG(13, "CALL_INDIRECT_OVERLONG", "call-indirect-overlong");

	/**
	 * The '<em><b>REFERENCE TYPES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFERENCE_TYPES
	 * @model literal="reference-types"
	 * @generated
	 * @ordered
	 */
	public static final int REFERENCE_TYPES_VALUE = 0;

	/**
	 * The '<em><b>BULK MEMORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BULK_MEMORY
	 * @model literal="bulk-memory"
	 * @generated
	 * @ordered
	 */
	public static final int BULK_MEMORY_VALUE = 1;

	/**
	 * The '<em><b>MULTI VALUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MULTI_VALUE
	 * @model literal="multivalue"
	 * @generated
	 * @ordered
	 */
	public static final int MULTI_VALUE_VALUE = 2;

	/**
	 * The '<em><b>MUTABLE GLOBALS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MUTABLE_GLOBALS
	 * @model literal="mutable-globals"
	 * @generated
	 * @ordered
	 */
	public static final int MUTABLE_GLOBALS_VALUE = 3;

	/**
	 * The '<em><b>SIGN EXT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGN_EXT
	 * @model literal="sign-ext"
	 * @generated
	 * @ordered
	 */
	public static final int SIGN_EXT_VALUE = 4;

	/**
	 * The '<em><b>NONTRAPPING FPTOINT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONTRAPPING_FPTOINT
	 * @model literal="nontrapping-fptoint"
	 * @generated
	 * @ordered
	 */
	public static final int NONTRAPPING_FPTOINT_VALUE = 5;

	/**
	 * The '<em><b>SIMD128</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIMD128
	 * @model literal="simd128"
	 * @generated
	 * @ordered
	 */
	public static final int SIMD128_VALUE = 6;

	/**
	 * The '<em><b>THREADS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THREADS
	 * @model literal="threads"
	 * @generated
	 * @ordered
	 */
	public static final int THREADS_VALUE = 7;

	/**
	 * The '<em><b>MULTI MEMORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MULTI_MEMORY
	 * @model literal="multi-memory"
	 * @generated
	 * @ordered
	 */
	public static final int MULTI_MEMORY_VALUE = 8;

	/**
	 * The '<em><b>TAIL CALL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TAIL_CALL
	 * @model literal="tail-call"
	 * @generated
	 * @ordered
	 */
	public static final int TAIL_CALL_VALUE = 9;

	/**
	 * The '<em><b>EXCEPTION HANDLING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXCEPTION_HANDLING
	 * @model literal="exception-handling"
	 * @generated
	 * @ordered
	 */
	public static final int EXCEPTION_HANDLING_VALUE = 10;

	/**
	 * The '<em><b>MEMORY64</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEMORY64
	 * @model literal="memory64"
	 * @generated
	 * @ordered
	 */
	public static final int MEMORY64_VALUE = 11;

	/**
	 * The '<em><b>EXTENDED CONST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTENDED_CONST
	 * @model literal="extended-const"
	 * @generated
	 * @ordered
	 */
	public static final int EXTENDED_CONST_VALUE = 12;

	/**
	 * The '<em><b>CALL INDIRECT OVERLONG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CALL_INDIRECT_OVERLONG
	 * @model literal="call-indirect-overlong"
	 * @generated
	 * @ordered
	 */
	public static final int CALL_INDIRECT_OVERLONG_VALUE = 13;

	/**
	 * An array of all the '<em><b>Wasm Feature</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final WasmFeature[] VALUES_ARRAY =
		new WasmFeature[] {
			REFERENCE_TYPES,
			BULK_MEMORY,
			MULTI_VALUE,
			MUTABLE_GLOBALS,
			SIGN_EXT,
			NONTRAPPING_FPTOINT,
			SIMD128,
			THREADS,
			MULTI_MEMORY,
			TAIL_CALL,
			EXCEPTION_HANDLING,
			MEMORY64,
			EXTENDED_CONST,
			CALL_INDIRECT_OVERLONG,
		};

	/**
	 * A public read-only list of all the '<em><b>Wasm Feature</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<WasmFeature> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Wasm Feature</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WasmFeature get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			WasmFeature result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Wasm Feature</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WasmFeature getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			WasmFeature result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Wasm Feature</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WasmFeature get(int value) {
		switch (value) {
			case REFERENCE_TYPES_VALUE: return REFERENCE_TYPES;
			case BULK_MEMORY_VALUE: return BULK_MEMORY;
			case MULTI_VALUE_VALUE: return MULTI_VALUE;
			case MUTABLE_GLOBALS_VALUE: return MUTABLE_GLOBALS;
			case SIGN_EXT_VALUE: return SIGN_EXT;
			case NONTRAPPING_FPTOINT_VALUE: return NONTRAPPING_FPTOINT;
			case SIMD128_VALUE: return SIMD128;
			case THREADS_VALUE: return THREADS;
			case MULTI_MEMORY_VALUE: return MULTI_MEMORY;
			case TAIL_CALL_VALUE: return TAIL_CALL;
			case EXCEPTION_HANDLING_VALUE: return EXCEPTION_HANDLING;
			case MEMORY64_VALUE: return MEMORY64;
			case EXTENDED_CONST_VALUE: return EXTENDED_CONST;
			case CALL_INDIRECT_OVERLONG_VALUE: return CALL_INDIRECT_OVERLONG;
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
	private WasmFeature(int value, String name, String literal) {
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
	
} //WasmFeature
