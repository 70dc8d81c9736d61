window.LIBRO_BUSQUEDA.recibir("s-pl",["ejempl"]);
