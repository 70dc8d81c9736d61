window.LIBRO_BUSQUEDA.recibir("s-em",["comprometem","esquem","podem","sabem","sistem"]);
