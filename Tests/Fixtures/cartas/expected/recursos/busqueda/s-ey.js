window.LIBRO_BUSQUEDA.recibir("s-ey",["jossey"]);
