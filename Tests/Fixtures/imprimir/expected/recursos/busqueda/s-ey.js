window.LIBRO_BUSQUEDA.recibir("s-ey",["covey","jossey"]);
