window.LIBRO_BUSQUEDA.recibir("t-ag",{"agreg":[1,[5,1,6,1]],"agregad":[1,[2,1,2,1]],"agregd":[1,[3,1,4,1]]});
