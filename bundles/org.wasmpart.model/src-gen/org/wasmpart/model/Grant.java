/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Grant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.Grant#getModule <em>Module</em>}</li>
 *   <li>{@link org.wasmpart.model.Grant#getTarget <em>Target</em>}</li>
 *   <li>{@link org.wasmpart.model.Grant#getPermission <em>Permission</em>}</li>
 *   <li>{@link org.wasmpart.model.Grant#getRole <em>Role</em>}</li>
 * </ul>
 *
 * @see org.wasmpart.model.WasmpartPackage#getGrant()
 * @model
 * @generated
 */
public interface Grant extends EObject {
	/**
	 * Returns the value of the '<em><b>Module</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.wasmpart.model.WasmModule#getGrants <em>Grants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Module</em>' container reference.
	 * @see #setModule(WasmModule)
	 * @see org.wasmpart.model.WasmpartPackage#getGrant_Module()
	 * @see org.wasmpart.model.WasmModule#getGrants
	 * @model opposite="grants"
	 * @generated
	 */
	WasmModule getModule();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.Grant#getModule <em>Module</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Module</em>' container reference.
	 * @see #getModule()
	 * @generated
	 */
	void setModule(WasmModule value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Shareable)
	 * @see org.wasmpart.model.WasmpartPackage#getGrant_Target()
	 * @model required="true"
	 * @generated
	 */
	Shareable getTarget();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.Grant#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Shareable value);

	/**
	 * Returns the value of the '<em><b>Permission</b></em>' attribute.
	 * The literals are from the enumeration {@link org.wasmpart.model.Permission}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Permission</em>' attribute.
	 * @see org.wasmpart.model.Permission
	 * @see #isSetPermission()
	 * @see #unsetPermission()
	 * @see #setPermission(Permission)
	 * @see org.wasmpart.model.WasmpartPackage#getGrant_Permission()
	 * @model unsettable="true"
	 * @generated
	 */
	Permission getPermission();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.Grant#getPermission <em>Permission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Permission</em>' attribute.
	 * @see org.wasmpart.model.Permission
	 * @see #isSetPermission()
	 * @see #unsetPermission()
	 * @see #getPermission()
	 * @generated
	 */
	void setPermission(Permission value);

	/**
	 * Unsets the value of the '{@link org.wasmpart.model.Grant#getPermission <em>Permission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPermission()
	 * @see #getPermission()
	 * @see #setPermission(Permission)
	 * @generated
	 */
	void unsetPermission();

	/**
	 * Returns whether the value of the '{@link org.wasmpart.model.Grant#getPermission <em>Permission</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Permission</em>' attribute is set.
	 * @see #unsetPermission()
	 * @see #getPermission()
	 * @see #setPermission(Permission)
	 * @generated
	 */
	boolean isSetPermission();

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.wasmpart.model.GrantRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.wasmpart.model.GrantRole
	 * @see #setRole(GrantRole)
	 * @see org.wasmpart.model.WasmpartPackage#getGrant_Role()
	 * @model
	 * @generated
	 */
	GrantRole getRole();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.Grant#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.wasmpart.model.GrantRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(GrantRole value);

} // Grant
