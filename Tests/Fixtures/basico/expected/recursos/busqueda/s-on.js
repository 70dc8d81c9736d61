window.LIBRO_BUSQUEDA.recibir("s-on",["colaboracion","introduccion","organizacion","person","preparacion","relacion","sesion"]);
