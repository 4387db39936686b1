/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Memory Bank</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.MemoryBank#getKind <em>Kind</em>}</li>
 *   <li>{@link org.wasmpart.model.MemoryBank#getBase <em>Base</em>}</li>
 *   <li>{@link org.wasmpart.model.MemoryBank#getSize <em>Size</em>}</li>
 *   <li>{@link org.wasmpart.model.MemoryBank#isExecutable <em>Executable</em>}</li>
 * </ul>
 *
 * @see org.wasmpart.model.WasmpartPackage#getMemoryBank()
 * @model
 * @generated
 */
public interface MemoryBank extends Identified, Sourced {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.wasmpart.model.BankKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.wasmpart.model.BankKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(BankKind)
	 * @see org.wasmpart.model.WasmpartPackage#getMemoryBank_Kind()
	 * @model unsettable="true"
	 * @generated
	 */
	BankKind getKind();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.MemoryBank#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.wasmpart.model.BankKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(BankKind value);

	/**
	 * Unsets the value of the '{@link org.wasmpart.model.MemoryBank#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(BankKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link org.wasmpart.model.MemoryBank#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(BankKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Base</em>' attribute.
	 * @see #setBase(long)
	 * @see org.wasmpart.model.WasmpartPackage#getMemoryBank_Base()
	 * @model dataType="org.wasmpart.model.Address"
	 * @generated
	 */
	long getBase();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.MemoryBank#getBase <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base</em>' attribute.
	 * @see #getBase()
	 * @generated
	 */
	void setBase(long value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(long)
	 * @see org.wasmpart.model.WasmpartPackage#getMemoryBank_Size()
	 * @model dataType="org.wasmpart.model.ByteSize"
	 * @generated
	 */
	long getSize();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.MemoryBank#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(long value);

	/**
	 * Returns the value of the '<em><b>Executable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Executable</em>' attribute.
	 * @see #isSetExecutable()
	 * @see #unsetExecutable()
	 * @see #setExecutable(boolean)
	 * @see org.wasmpart.model.WasmpartPackage#getMemoryBank_Executable()
	 * @model unsettable="true"
	 * @generated
	 */
	boolean isExecutable();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.MemoryBank#isExecutable <em>Executable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Executable</em>' attribute.
	 * @see #isSetExecutable()
	 * @see #unsetExecutable()
	 * @see #isExecutable()
	 * @generated
	 */
	void setExecutable(boolean value);

	/**
	 * Unsets the value of the '{@link org.wasmpart.model.MemoryBank#isExecutable <em>Executable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetExecutable()
	 * @see #isExecutable()
	 * @see #setExecutable(boolean)
	 * @generated
	 */
	void unsetExecutable();

	/**
	 * Returns whether the value of the '{@link org.wasmpart.model.MemoryBank#isExecutable <em>Executable</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Executable</em>' attribute is set.
	 * @see #unsetExecutable()
	 * @see #isExecutable()
	 * @see #setExecutable(boolean)
	 * @generated
	 */
	boolean isSetExecutable();

} // MemoryBank
