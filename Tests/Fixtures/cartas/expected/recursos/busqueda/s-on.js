window.LIBRO_BUSQUEDA.recibir("s-on",["aplicacion","colaboracion","collaboration","creacion","duracion","introduccion","organizacion","person","plumon","presentacion","sesion","vision"]);
