window.LIBRO_BUSQUEDA.recibir("s-on",["collaboration","correccion","definicion","edicion","organizacion","relacion"]);
