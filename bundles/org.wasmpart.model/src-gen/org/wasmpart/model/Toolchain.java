/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Toolchain</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.Toolchain#getKind <em>Kind</em>}</li>
 *   <li>{@link org.wasmpart.model.Toolchain#getVersion <em>Version</em>}</li>
 *   <li>{@link org.wasmpart.model.Toolchain#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.wasmpart.model.Toolchain#getTarget <em>Target</em>}</li>
 *   <li>{@link org.wasmpart.model.Toolchain#getFlags <em>Flags</em>}</li>
 * </ul>
 *
 * @see org.wasmpart.model.WasmpartPackage#getToolchain()
 * @model
 * @generated
 */
public interface Toolchain extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.wasmpart.model.ToolchainKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.wasmpart.model.ToolchainKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(ToolchainKind)
	 * @see org.wasmpart.model.WasmpartPackage#getToolchain_Kind()
	 * @model unsettable="true"
	 * @generated
	 */
	ToolchainKind getKind();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.Toolchain#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.wasmpart.model.ToolchainKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ToolchainKind value);

	/**
	 * Unsets the value of the '{@link org.wasmpart.model.Toolchain#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(ToolchainKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link org.wasmpart.model.Toolchain#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(ToolchainKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.wasmpart.model.WasmpartPackage#getToolchain_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.Toolchain#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link org.wasmpart.model.ReleaseChannel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see org.wasmpart.model.ReleaseChannel
	 * @see #setChannel(ReleaseChannel)
	 * @see org.wasmpart.model.WasmpartPackage#getToolchain_Channel()
	 * @model
	 * @generated
	 */
	ReleaseChannel getChannel();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.Toolchain#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see org.wasmpart.model.ReleaseChannel
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(ReleaseChannel value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see org.wasmpart.model.WasmpartPackage#getToolchain_Target()
	 * @model
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.Toolchain#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flags</em>' attribute.
	 * @see #setFlags(String)
	 * @see org.wasmpart.model.WasmpartPackage#getToolchain_Flags()
	 * @model
	 * @generated
	 */
	String getFlags();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.Toolchain#getFlags <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flags</em>' attribute.
	 * @see #getFlags()
	 * @generated
	 */
	void setFlags(String value);

} // Toolchain
